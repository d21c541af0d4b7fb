import type { DiffRow } from './diff.types';
import { commonSubsequence, internLines } from './myersDiff';

const withoutTrailingComma = (line: string): string => (line.endsWith(',') ? line.slice(0, -1) : line);

/** Steps spent aligning one region's lines; regions are small, this only stops pathological ones. */
const MAX_REGION_ALIGN_STEPS = 2_000_000;

/**
 * Rows of a side-by-side view of two short formatted JSON texts: common lines face each other;
 * between them, the lines of A and of B pair up as changed rows and the surplus is removed or added.
 * A trailing comma does not make a line differ: it only says whether a member is the last one.
 */
export function alignRows(aLines: readonly string[], bLines: readonly string[]): DiffRow[] {
  const [aIds, bIds] = internLines(aLines, bLines, withoutTrailingComma);
  const pairs = commonSubsequence(aIds, bIds, MAX_REGION_ALIGN_STEPS) ?? [];
  const rows: DiffRow[] = [];
  let i = 0;
  let j = 0;
  for (let p = 0; p <= pairs.length; p += 2) {
    const nextI = pairs[p] ?? aLines.length;
    const nextJ = pairs[p + 1] ?? bLines.length;
    gapRows(i, nextI, j, nextJ, rows);
    if (p < pairs.length) rows.push({ a: nextI, b: nextJ, kind: 'same' });
    i = nextI + 1;
    j = nextJ + 1;
  }
  return rows;
}

/** Lines [aFrom, aTo) of A against [bFrom, bTo) of B, none of them common: changed, then the surplus. */
export function gapRows(aFrom: number, aTo: number, bFrom: number, bTo: number, rows: DiffRow[]): void {
  const paired = Math.min(aTo - aFrom, bTo - bFrom);
  for (let k = 0; k < paired; k++) rows.push({ a: aFrom + k, b: bFrom + k, kind: 'changed' });
  for (let k = aFrom + paired; k < aTo; k++) rows.push({ a: k, b: -1, kind: 'removed' });
  for (let k = bFrom + paired; k < bTo; k++) rows.push({ a: -1, b: k, kind: 'added' });
}

/** The rows showing lines [from, to] of side a or b (inclusive), as [first, last]; undefined if none. */
export function rowsOf(
  rows: readonly DiffRow[],
  side: 'a' | 'b',
  from: number,
  to: number,
): [number, number] | undefined {
  let first = -1;
  let last = -1;
  rows.forEach((row, r) => {
    const line = row[side];
    const lastLine = row.kind === 'folded' ? line + (row.folded ?? 1) - 1 : line;
    if (line < 0 || lastLine < from || line > to) return;
    if (first < 0) first = r;
    last = r;
  });
  return first < 0 ? undefined : [first, last];
}

/**
 * Folds runs of unchanged rows longer than twice `context` into one 'folded' row, keeping `context`
 * rows on each side of every change (and at both ends of the region, where an item's first lines say
 * what it is).
 */
export function foldUnchanged(rows: readonly DiffRow[], context: number): DiffRow[] {
  const folded: DiffRow[] = [];
  let k = 0;
  while (k < rows.length) {
    let end = k;
    while (end < rows.length && rows[end]?.kind === 'same') end++;
    const run = end - k;
    if (run > 2 * context + 1) {
      folded.push(...rows.slice(k, k + context));
      const first = rows[k + context] as DiffRow;
      folded.push({ a: first.a, b: first.b, kind: 'folded', folded: run - 2 * context });
      folded.push(...rows.slice(end - context, end));
    } else {
      folded.push(...rows.slice(k, end));
    }
    if (end < rows.length) folded.push(rows[end] as DiffRow);
    k = end + 1;
  }
  return folded;
}
