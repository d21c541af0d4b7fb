import type { Exchange, HttpRequest, HttpResponse } from '../types';
import { frameRawBody } from './frameRawBody';
import { MAX_STATUS_LINE_LENGTH } from './limits';
import type { LineReader } from './LineReader';
import { parseHeaderLines } from './parseHeaderLines';
import { parseStatusLine } from './parseStatusLine';
import type { ProblemList } from './ProblemList';
import { splitHeaderBlock } from './splitHeaderBlock';
import { leadingOws } from './trimOws';

export interface RawResponsesResult {
  exchanges: Exchange[];
  /** Set when the line at `start` is not a status line after all. */
  error?: { message: string; line: number; pos: number };
}

const FOLLOWED = new Set([301, 302, 303, 307, 308]);

/**
 * The request a client sends after a redirect (curl -L, browsers; RFC 9110 §15.4): to Location,
 * resolved against the request's URL; the method kept, except a 303's (GET, but HEAD stays HEAD) and
 * a POST's on 301 and 302 (GET, as curl and browsers do). Undefined when the response does not redirect.
 */
export function followedRequest(request: HttpRequest, response: HttpResponse): HttpRequest | undefined {
  if (!FOLLOWED.has(response.status)) return undefined;
  const location = response.headers.find((h) => h.name.toLowerCase() === 'location')?.value.trim();
  if (!location) return undefined;
  let target: string;
  try {
    target = new URL(location, request.target).href;
  } catch {
    return undefined;
  }
  const method = request.method.toUpperCase();
  const toGet =
    (response.status === 303 && method !== 'HEAD') ||
    ((response.status === 301 || response.status === 302) && method === 'POST');
  return toGet
    ? { method: 'GET', target, httpVersion: request.httpVersion, headers: request.headers, body: '' }
    : { ...request, target };
}

/**
 * Parses raw HTTP/1.x, HTTP/2 and HTTP/3 response text (curl -i, curl -iL, devtools copies), starting at
 * the status line at `start`, into a timeline of exchanges: interim responses, proxy tunnels and
 * redirect or auth hops first, the final response last. `request`, when the paste showed it, goes with
 * the first response and the interim responses that precede the final answer to it.
 */
export function parseRawResponses(
  reader: LineReader,
  start: number,
  startLine: number,
  problems: ProblemList,
  request?: HttpRequest,
): RawResponsesResult {
  const text = reader.text;
  const exchanges: Exchange[] = [];
  let pos = start;
  let line = startLine;
  let pending = request;
  for (;;) {
    const l = reader.read(pos);
    const statusText = text.slice(l.start, Math.min(l.end, l.start + MAX_STATUS_LINE_LENGTH + 1));
    const indent = leadingOws(statusText);
    const parsed = parseStatusLine(statusText.slice(indent.length));
    if (parsed === undefined || !parsed.ok) {
      return {
        exchanges,
        error: { message: parsed?.message ?? 'This line is not a status line.', line, pos },
      };
    }
    for (const note of parsed.notes) problems.add(note.severity, note.message, line);
    if (l.eol === '\r') {
      problems.add(
        'warning',
        'The status line ends with a carriage return that no line feed follows; it was read as a line break.',
        line,
      );
    }

    const block = splitHeaderBlock(reader, l.next, line + 1, indent, problems);
    const { headers, lines } = parseHeaderLines(block.lines, problems);
    const framed = frameRawBody(
      {
        text,
        bodyStart: block.bodyStart,
        bodyLine: block.bodyLine,
        status: parsed.status,
        reason: parsed.reason,
        method: pending?.method,
        headers,
        headerLines: lines,
        lfOnly: l.eol !== '\r\n' && l.eol !== '\r' && block.lfOnly,
        endedAtStatusLine: block.endedAtStatusLine,
      },
      problems,
    );
    const response: HttpResponse = {
      httpVersion: parsed.httpVersion,
      status: parsed.status,
      reason: parsed.reason,
      headers: [...headers, ...framed.trailers],
      body: framed.body,
    };
    const label = `${parsed.httpVersion} ${parsed.status} ${parsed.reason}`.trimEnd();
    exchanges.push(pending ? { request: pending, response, label } : { response, label });
    if (framed.next === undefined) return { exchanges };
    // A redirect that the paste shows followed (curl -iL) was followed with the request it implies.
    if (parsed.status >= 200) pending = pending && followedRequest(pending, response);
    pos = framed.next.pos;
    line = framed.next.line;
  }
}
