import { classifyCurlLine } from './classifyCurlLine';
import { MAX_STATUS_LINE_LENGTH, SNIFF_LENGTH } from './limits';
import { looksBinary } from '../text/looksBinary';
import { parseRequestLine } from './parseRequestLine';
import { parseStatusLine } from './parseStatusLine';

/** What the pasted text is, and where its first meaningful line starts (1-based line numbers). */
export type Detection =
  | { kind: 'empty' }
  | { kind: 'har-candidate' }
  | { kind: 'raw'; start: number; line: number }
  | { kind: 'raw-request'; start: number; line: number }
  | { kind: 'curl-verbose' }
  | { kind: 'body-only'; hint?: string; line?: number }
  | { kind: 'unrecognized'; message: string; line?: number };

export const EXPECTED_INPUT =
  'Expected a status line like `HTTP/1.1 404 Not Found`, curl -v output, a HAR file or a JSON body.';

const BOM = 0xfeff;
/** Evidence that text is curl -v output: a `>` request line, a `<` status line or a typical `*` note. */
const CURL_EVIDENCE = [
  /^< (?:HTTP\/|:status)/m,
  /^> [A-Za-z]+ \S+ HTTP\/\d/m,
  /^\*\s+(?:Trying|Connected to|Could not resolve|Host |Failed to connect|Uses proxy|Established connection|ALPN|TLS|SSL|Closing connection|Connection #|processing|Immediate connect fail|connect to|Request completely sent)/m,
];
const HEADER_LIKE = /^[A-Za-z0-9-]{1,64}:[ \t]/;

function firstLine(text: string, from: number): string {
  const slice = text.slice(from, from + MAX_STATUS_LINE_LENGTH + 1);
  for (let i = 0; i < slice.length; i++) {
    const c = slice.charCodeAt(i);
    if (c === 10 || c === 13) return slice.slice(0, i);
  }
  return slice;
}

function looksLikeCurlVerbose(text: string, from: number, line: string): boolean {
  const kind = classifyCurlLine(line, 0, line.length);
  const curlStart = kind === 'note' || kind === 'request' || kind === 'response' || kind === 'progress';
  if (!curlStart && !line.startsWith('Note: ')) return false;
  const sniff = text.slice(from, from + SNIFF_LENGTH);
  return CURL_EVIDENCE.some((evidence) => evidence.test(sniff));
}

/** A HAR file is a JSON object whose first (and only) key is "log". */
function looksLikeHar(text: string, brace: number): boolean {
  let i = brace + 1;
  while (i < text.length && i < brace + SNIFF_LENGTH && /\s/.test(text.charAt(i))) i++;
  return text.startsWith('"log"', i);
}

/**
 * Tells the input forms apart from their first meaningful line, reading only a bounded prefix: blank
 * lines and indentation before it are skipped, a UTF-8 BOM is ignored.
 */
export function detectInput(text: string): Detection {
  let p = text.charCodeAt(0) === BOM ? 1 : 0;
  let line = 1;
  let lineStart = p;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13) {
      p += c === 13 && text.charCodeAt(p + 1) === 10 ? 2 : 1;
      line += 1;
      lineStart = p;
    } else if (c === 32 || c === 9 || c === 11 || c === 12) {
      p += 1;
    } else break;
  }
  if (p >= text.length) return { kind: 'empty' };

  const first = text.charCodeAt(p);
  if (first === 0x7b) return looksLikeHar(text, p) ? { kind: 'har-candidate' } : { kind: 'body-only' };
  if (first === 0x5b) return { kind: 'body-only' };

  const head = firstLine(text, p);
  const status = parseStatusLine(head);
  if (status?.ok === true) return { kind: 'raw', start: lineStart, line };
  if (status !== undefined && !status.ok) {
    return { kind: 'unrecognized', message: `${status.message} ${EXPECTED_INPUT}`, line };
  }
  if (looksLikeCurlVerbose(text, p, head)) return { kind: 'curl-verbose' };
  if (parseRequestLine(head) !== undefined) return { kind: 'raw-request', start: lineStart, line };
  if (looksBinary(text, p)) {
    return {
      kind: 'unrecognized',
      message: `This looks like binary data, not text. ${EXPECTED_INPUT}`,
    };
  }
  if (HEADER_LIKE.test(head)) {
    return {
      kind: 'body-only',
      hint: 'This starts like a header but has no status line (nor an HTTP/2 `:status` header), so it is read as a plain body. Add the status line (e.g. `HTTP/1.1 404 Not Found`) above the headers to get a diagnosis.',
      line,
    };
  }
  return { kind: 'body-only' };
}
