import { MAX_DATA_FRAME_LENGTH, MAX_PROGRESS_LINE_LENGTH } from './limits';

/**
 * What a line of `curl -v` output is: `*` connection notes, `>` request lines, `<` response lines,
 * `{ [5 bytes data]` framing notes, progress-meter rows, `curl: (N)` errors, or anything else (body text).
 */
export type CurlLineKind =
  'note' | 'request' | 'response' | 'data-frame' | 'progress' | 'curl-error' | 'other';

const DATA_FRAME = /^[{}] \[\d+ bytes data\]$/;
const PROGRESS_HEADER = /^\s*% Total\s+% Received/;
const PROGRESS_UNITS = /^\s+Dload\s+Upload/;
const PROGRESS_ROW = /^\s*\d{1,3}\s+[\d.]+[kMGTP]?\s+\d{1,3}\s+[\d.]+[kMGTP]?\s+\d{1,3}\s+[\d.]+[kMGTP]?\s/;
/** Progress rows always carry times such as `--:--:--` or `0:00:01`; body text rarely does. */
const PROGRESS_TIME = /--:--:--|\d:\d\d:\d\d/;
const ASTERISK = 0x2a;
const GREATER = 0x3e;
const LESS = 0x3c;
const SPACE = 0x20;

export function classifyCurlLine(text: string, start: number, end: number): CurlLineKind {
  const length = end - start;
  if (length === 0) return 'other';
  const c0 = text.charCodeAt(start);
  if (length === 1 || text.charCodeAt(start + 1) === SPACE) {
    if (c0 === ASTERISK) return 'note';
    if (c0 === GREATER) return 'request';
    if (c0 === LESS) return 'response';
  }
  if (
    (c0 === 0x7b || c0 === 0x7d) &&
    length <= MAX_DATA_FRAME_LENGTH &&
    DATA_FRAME.test(text.slice(start, end))
  ) {
    return 'data-frame';
  }
  if (text.startsWith('curl: (', start)) return 'curl-error';
  const maybeProgress = c0 === SPACE || c0 === 0x09 || c0 === 0x25 || (c0 >= 0x30 && c0 <= 0x39); // space, tab, %, digit
  if (maybeProgress && length <= MAX_PROGRESS_LINE_LENGTH) {
    const line = text.slice(start, end);
    if (
      PROGRESS_HEADER.test(line) ||
      PROGRESS_UNITS.test(line) ||
      (PROGRESS_ROW.test(line) && PROGRESS_TIME.test(line))
    )
      return 'progress';
  }
  return 'other';
}

/**
 * Notes curl writes to stderr right after a body that has no final newline, so they end up glued to
 * its last line (`{"ok":true}* Connection #0 to host example.com left intact`).
 */
const GLUED_NOTES = [
  '* Connection #',
  '* Closing connection',
  '* shutting down connection',
  '* transfer closed',
  '* Recv failure',
  '* TLSv',
  '* OpenSSL',
  '* Excess found',
];

/** Where a curl note glued to the end of a body line starts, or -1. */
export function gluedNoteStart(line: string): number {
  let best = -1;
  for (const note of GLUED_NOTES) {
    const i = line.indexOf(note);
    if (i > 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}
