import { countWhile } from './countWhile';

/**
 * Offsets where each line starts, for showing only the visible lines of a huge document. One indexOf
 * pass: tens of ms for 50 MB. CR LF, LF and lone CR all end a line, as in the editor and the core.
 */
export function lineStarts(text: string): Uint32Array {
  let starts = new Uint32Array(1024);
  let count = 1;
  // Next LF and next CR at or after `from`; each is searched again only once passed, so each search
  // passes over the document at most once, even when it has no CR at all.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  let from = 0;
  for (;;) {
    if (lf >= 0 && lf < from) lf = text.indexOf('\n', from);
    if (cr >= 0 && cr < from) cr = text.indexOf('\r', from);
    const lineBreak = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
    if (lineBreak < 0) break;
    from = lineBreak + (lineBreak === cr && lf === cr + 1 ? 2 : 1);
    if (count === starts.length) {
      const grown = new Uint32Array(starts.length * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = from;
  }
  return starts.subarray(0, count);
}

/** Where line `index` (0-based) starts and ends, without its line break. */
export function lineBounds(text: string, starts: Uint32Array, index: number): { start: number; end: number } {
  const start = starts[index] ?? text.length;
  let end = index + 1 < starts.length ? (starts[index + 1] ?? text.length) : text.length;
  while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return { start, end };
}

/** The text of line `index` (0-based) without its line break, cut at `maxChars`. */
export function lineText(
  text: string,
  starts: Uint32Array,
  index: number,
  maxChars: number,
): { text: string; cut: number } {
  const { start, end } = lineBounds(text, starts, index);
  const length = end - start;
  return length > maxChars
    ? { text: text.slice(start, start + maxChars), cut: length - maxChars }
    : { text: text.slice(start, end), cut: 0 };
}

/** The 0-based line holding `offset` (binary search over `starts`, from lineStarts). */
export function lineOfOffset(starts: Uint32Array, offset: number): number {
  return Math.max(0, countWhile(starts.length, (i) => (starts[i] ?? 0) <= offset) - 1);
}
