import { countLineBreaks } from '../LineReader';

/** The pasted text as lines for the transport-error readers, bounded so a huge paste stays cheap. */

/** Only this much of the start and of the end of a paste is searched for a client's error report. */
export const TRANSPORT_SCAN_CHARS = 64 * 1024;
/** Longer lines are cut: an error message is short, a minified body line is not one. */
export const MAX_TRANSPORT_LINE = 4096;

export interface TextLine {
  text: string;
  /** 1-based line number in the paste. */
  line: number;
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
  const skipped = countLineBreaks(text, 0, tailStart);
  return [...head, ...split(text.slice(tailStart), firstLine + skipped)];
}
