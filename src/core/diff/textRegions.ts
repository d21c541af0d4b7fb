import type { DiffRegion, DiffRow } from './diff.types';
import { cut } from './formatIndexedLines';
import { MAX_REGION_LINES, MAX_REGIONS, type Regions } from './jsonRegions';
import type { LineDiff, LineGap } from './lineDiff';

/** Unchanged lines shown around each changed run. */
export const CONTEXT_LINES = 3;

/**
 * The side-by-side regions of a text comparison: each run of changed lines with a few unchanged
 * lines around it (runs that close merge into one region), the way a unified diff shows hunks. A
 * changed run longer than a region is split.
 */
export function textRegions(lines: LineDiff): Regions {
  const regions: DiffRegion[] = [];
  let leftOut = 0;
  const chunks = lines.gaps.flatMap(splitGap);
  let start = 0;
  while (start < chunks.length) {
    let end = start + 1;
    while (end < chunks.length && mergeable(chunks[end - 1] as LineGap, chunks[end] as LineGap)) end++;
    const group = chunks.slice(start, end);
    const changeEnd = chunks[end]?.firstChange ?? lines.changes.length;
    if (regions.length >= MAX_REGIONS) leftOut += changeEnd - (group[0]?.firstChange ?? 0);
    else regions.push(buildRegion(lines, group, changeEnd));
    start = end;
  }
  return { regions, leftOut };
}

const size = (gap: LineGap): number => Math.max(gap.aTo - gap.aFrom, gap.bTo - gap.bFrom);

/** A gap longer than a region, in pieces: the changes come paired first, then removed, then added. */
function splitGap(gap: LineGap): LineGap[] {
  if (size(gap) <= MAX_REGION_LINES) return [gap];
  const pieces: LineGap[] = [];
  const paired = Math.min(gap.aTo - gap.aFrom, gap.bTo - gap.bFrom);
  // Rows of the gap: `paired` changed rows, then the removed, then the added ones.
  const rows = gap.aTo - gap.aFrom + gap.bTo - gap.bFrom - paired;
  for (let from = 0; from < rows; from += MAX_REGION_LINES) {
    const to = Math.min(rows, from + MAX_REGION_LINES);
    const removed = gap.aTo - gap.aFrom - paired;
    // Row r < paired: lines aFrom + r / bFrom + r; then removed rows, then added rows.
    const aOf = (r: number): number => gap.aFrom + Math.min(r, paired + removed);
    const bOf = (r: number): number =>
      gap.bFrom + (r < paired ? r : r < paired + removed ? paired : r - removed);
    pieces.push({
      aFrom: aOf(from),
      aTo: aOf(to),
      bFrom: bOf(from),
      bTo: bOf(to),
      firstChange: gap.firstChange + from,
    });
  }
  return pieces;
}

/** Two runs merge when the unchanged lines between them would overlap as context. */
const mergeable = (previous: LineGap, next: LineGap): boolean =>
  next.aFrom - previous.aTo <= 2 * CONTEXT_LINES && size(previous) + size(next) <= MAX_REGION_LINES;

function buildRegion(lines: LineDiff, group: readonly LineGap[], changeEnd: number): DiffRegion {
  const first = group[0] as LineGap;
  const last = group[group.length - 1] as LineGap;
  const before = Math.min(CONTEXT_LINES, first.aFrom, first.bFrom);
  const after = Math.min(CONTEXT_LINES, lines.linesA.length - last.aTo, lines.linesB.length - last.bTo);
  const aStart = first.aFrom - before;
  const bStart = first.bFrom - before;
  const rows: DiffRow[] = [];
  const spans: [number, number][] = [];
  const changes: number[] = [];
  let a = aStart;
  let b = bStart;
  group.forEach((gap, g) => {
    for (; a < gap.aFrom; a++, b++) rows.push({ a: a - aStart, b: b - bStart, kind: 'same' });
    const next = group[g + 1]?.firstChange ?? changeEnd;
    const paired = Math.min(gap.aTo - gap.aFrom, gap.bTo - gap.bFrom);
    const removed = gap.aTo - gap.aFrom - paired;
    for (let k = 0; gap.firstChange + k < next; k++) {
      const row = rows.length;
      if (k < paired) rows.push({ a: gap.aFrom + k - aStart, b: gap.bFrom + k - bStart, kind: 'changed' });
      else if (k < paired + removed) rows.push({ a: gap.aFrom + k - aStart, b: -1, kind: 'removed' });
      else rows.push({ a: -1, b: gap.bFrom + paired + (k - paired - removed) - bStart, kind: 'added' });
      changes.push(gap.firstChange + k);
      spans.push([row, row]);
    }
    a = gap.aTo;
    b = gap.bTo;
  });
  for (let k = 0; k < after; k++, a++, b++) rows.push({ a: a - aStart, b: b - bStart, kind: 'same' });
  return {
    title: `line ${first.bFrom + 1}`,
    aPath: `/lines/${aStart + 1}`,
    bPath: `/lines/${bStart + 1}`,
    aFirstLine: aStart + 1,
    bFirstLine: bStart + 1,
    changes,
    spans,
    aLines: lines.linesA.slice(aStart, a).map(cut),
    bLines: lines.linesB.slice(bStart, b).map(cut),
    rows,
  };
}
