import type { HttpRequest } from '../types';
import { isStatusLineAt } from './findStatusLine';
import { countLineBreaks, type LineReader } from './LineReader';
import { parseHeaderLines } from './parseHeaderLines';
import { parseRequestLine } from './parseRequestLine';
import type { ProblemList } from './ProblemList';
import { splitHeaderBlock } from './splitHeaderBlock';
import { isOws, leadingOws, trimTrailingLineBreaks } from './trimOws';

export type RawRequestResult =
  | { ok: true; request: HttpRequest; responseStart: number; responseLine: number }
  | { ok: false; message: string; line: number };

/** The first status line at the start of a line (indentation allowed) at or after `from`. */
function findResponse(text: string, from: number): number | undefined {
  let p = from;
  for (;;) {
    const at = text.indexOf('HTTP/', p);
    if (at < 0) return undefined;
    let lineStart = at;
    while (lineStart > from && isOws(text.charCodeAt(lineStart - 1))) lineStart--;
    const before = lineStart === from ? 10 : text.charCodeAt(lineStart - 1);
    if ((before === 10 || before === 13) && isStatusLineAt(text, at)) return lineStart;
    p = at + 1;
  }
}

/**
 * Reads a raw request pasted above its response (as proxies and HTTP clients show an exchange): the
 * request line, its headers and its body, up to the first status line. A request with no response after
 * it cannot be diagnosed and is reported.
 */
export function parseRawRequest(
  reader: LineReader,
  start: number,
  startLine: number,
  problems: ProblemList,
): RawRequestResult {
  const text = reader.text;
  const l = reader.read(start);
  const full = text.slice(l.start, l.end);
  const indent = leadingOws(full);
  const requestLine = parseRequestLine(full.slice(indent.length));
  if (requestLine === undefined)
    return { ok: false, message: 'This line is not a request line.', line: startLine };

  const block = splitHeaderBlock(reader, l.next, startLine + 1, indent, problems);
  const responseStart = block.endedAtStatusLine ? block.bodyStart : findResponse(text, block.bodyStart);
  if (responseStart === undefined) {
    return {
      ok: false,
      message:
        'This is a request with no response after it. Paste the response too: a status line like `HTTP/1.1 404 Not Found` and what follows, curl -v output, a HAR file or a JSON body.',
      line: startLine,
    };
  }
  const { headers } = parseHeaderLines(block.lines, problems);
  const body = trimTrailingLineBreaks(text.slice(block.bodyStart, responseStart));
  return {
    ok: true,
    request: { ...requestLine, headers, body },
    responseStart,
    responseLine: block.bodyLine + countLineBreaks(text, block.bodyStart, responseStart),
  };
}
