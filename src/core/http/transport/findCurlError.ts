import type { TransportError } from '../../types';
import { classifyTransportMessage } from './classifyTransportMessage';
import { CURL_EXIT_CODES } from './curlExitCodes';
import { LINE_TERMINATOR, type TextLine } from './transportLines';

/** `curl: (6) Could not resolve host: x`, also glued to the end of a progress-meter line. */
const CURL_ERROR = /curl: \((\d{1,3})\)\s*(.*)$/;
/** The longest `curl: (N)`. */
const CURL_ERROR_HEAD_CHARS = 'curl: (000)'.length;
const SPACE = /\s/;

/**
 * CURL_ERROR.exec(text), searched only from where a match can start. Its `(.*)$` cannot cross a line
 * terminator, so a match ends its `curl: (N)` after the text's last terminator or just before the
 * white space run that holds it; searched from the start, every `curl: (N)` before that (a long
 * line of them, then a U+2028) would be tried to the end: quadratic.
 */
export function execCurlError(text: string): RegExpExecArray | null {
  let last = text.length - 1;
  while (last >= 0 && !LINE_TERMINATOR.test(text.charAt(last))) last -= 1;
  if (last === -1) return CURL_ERROR.exec(text);
  let from = last;
  while (from > 0 && SPACE.test(text.charAt(from - 1))) from -= 1;
  return CURL_ERROR.exec(text.slice(Math.max(0, from - CURL_ERROR_HEAD_CHARS)));
}

/**
 * curl -v notes that report the failure when the `curl: (N)` line was not pasted. The spaces after
 * `*` are taken whole (`(?! )`: giving one back to the `.*` alternative could not make it match, and
 * on a long run of spaces each one given back rescanned the line: quadratic); a note holds no line
 * terminator (tested first: otherwise each `.*` rescans up to it).
 */
const FAILURE_NOTE =
  /^\* +(?! )(Could not resolve (?:host|proxy).*|Failed to connect.*|.*(?:Connection refused|timed out|Connection reset).*|Empty reply from server.*)$/i;

/** FAILURE_NOTE.exec(note), with a note holding a line terminator (which it never matches) not searched. */
export function execFailureNote(note: string): RegExpExecArray | null {
  return LINE_TERMINATOR.test(note) ? null : FAILURE_NOTE.exec(note);
}

/** curl -f turns an HTTP error into exit code 22: the status is in its message. */
export interface CurlHttpError {
  status: number;
  reason: string;
  line: number;
}

/**
 * The host curl names. After "resolve host:" curl prints the name exactly as it took it from the URL,
 * stray quotes included (a quoted `jq` output pasted into a URL): that is the evidence, so it is kept.
 */
function hostIn(message: string): string | undefined {
  const resolved = /resolve (?:host|proxy): (\S+?)[;,]?$/i.exec(message)?.[1];
  if (resolved) return resolved.replace(/\.$/, '');
  return /(?:connect to|in connection to) \[?([^\s\]:'"]+)/i.exec(message)?.[1];
}

/** curl's refinements of a code by its message: code 7 covers refusals, timeouts and unreachable networks. */
function refine(code: number, message: string): Pick<TransportError, 'cause' | 'phase'> {
  const entry = CURL_EXIT_CODES[code];
  const byMessage = classifyTransportMessage(message);
  if (code === 7 && byMessage && byMessage.cause !== 'connection-refused') {
    return { cause: byMessage.cause === 'timeout' ? 'timeout' : byMessage.cause, phase: 'connect' };
  }
  if (code === 28 && byMessage?.cause === 'dns') return { cause: 'dns', phase: 'connect' };
  if (code === 28) {
    const connect = /connect|connection timed out|SSL connection timeout/i.test(message);
    return connect ? { cause: 'timeout', phase: 'connect' } : { cause: 'timeout' };
  }
  if (entry) return entry.phase ? { cause: entry.cause, phase: entry.phase } : { cause: entry.cause };
  return byMessage ?? { cause: 'other' };
}

/** The last `curl: (N) …` line (or, failing that, curl -v's own failure note), as a transport error. */
export function findCurlError(lines: readonly TextLine[]): TransportError | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    const m = l && execCurlError(l.text);
    if (!l || !m) continue;
    const code = Number(m[1]);
    const message = (m[2] ?? '').trim();
    const host = hostIn(message);
    return {
      tool: 'curl',
      code: String(code),
      message,
      ...refine(code, message),
      ...(host && { host }),
      line: l.line,
    };
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    const m = l && execFailureNote(l.text.trim());
    const message = m?.[1]?.trim();
    if (!l || !message) continue;
    const found = classifyTransportMessage(message);
    if (!found) continue;
    const host = hostIn(message);
    return { tool: 'curl', message, ...found, ...(host && { host }), line: l.line };
  }
  return undefined;
}

/** `curl: (22) The requested URL returned error: 404 Not Found` (curl -f): an HTTP status after all. */
export function findCurlHttpError(lines: readonly TextLine[]): CurlHttpError | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    const m = l && /curl: \(22\) .*?returned error: (\d{3})\b ?(.*)$/.exec(l.text);
    if (l && m) return { status: Number(m[1]), reason: (m[2] ?? '').trim(), line: l.line };
  }
  return undefined;
}
