/** The pasted text as lines for the transport-error readers, bounded so a huge paste stays cheap. */

/** Only this much of the start and of the end of a paste is searched for a client's error report. */
export const TRANSPORT_SCAN_CHARS = 64 * 1024;
/** Longer lines are cut: an error message is short, a minified body line is not one. */
export const MAX_TRANSPORT_LINE = 4096;

/** The characters JavaScript's `.` does not match and `$` (without the m flag) does not pass. */
export const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

export interface TextLine {
  text: string;
  /** 1-based line number in the paste. */
  line: number;
}

/** Line breaks before `end` (LF, CRLF and a lone CR each once), found with indexOf: a 50 MB body has few. */
function countBreaksFast(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) count++;
  for (let i = text.indexOf('\r'); i >= 0 && i < end; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) count++;
  }
  return count;
}

function split(text: string, firstLine: number): TextLine[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((t, i) => ({ text: t.slice(0, MAX_TRANSPORT_LINE), line: firstLine + i }));
}

/** The lines of `text` (its start and end only, when it is long), numbered from `firstLine`. */
export function transportLines(text: string, firstLine = 1): TextLine[] {
  if (text.length <= 2 * TRANSPORT_SCAN_CHARS) return split(text, firstLine);
  const head = split(text.slice(0, TRANSPORT_SCAN_CHARS), firstLine);
  const tailStart = text.length - TRANSPORT_SCAN_CHARS;
  const skipped = countBreaksFast(text, tailStart);
  return [...head, ...split(text.slice(tailStart), firstLine + skipped)];
}
