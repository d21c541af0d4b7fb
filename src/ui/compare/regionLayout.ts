import type { DiffRegion, DiffRow } from '../../core';

/** Height of one line of text in the side-by-side view; every row is one or two lines. */
export const LINE_PX = 20;
/** Height of a region's heading (its path, and where it is on each side). */
export const HEADER_PX = 48;
/** Space between regions. */
export const GAP_PX = 8;

/**
 * Where each region sits in the virtual scroll area of the side-by-side view, so that only the
 * visible regions and rows are drawn. `stacked` (narrow windows) writes a changed row as two lines,
 * A's above B's.
 */
export interface RegionLayout {
  /** top[r]: offset of region r; top[regions.length]: the total height. */
  top: Float64Array;
  stacked: boolean;
}

export const rowLines = (row: DiffRow, stacked: boolean): number =>
  stacked && row.kind === 'changed' ? 2 : 1;

export function layoutRegions(regions: readonly DiffRegion[], stacked: boolean): RegionLayout {
  const top = new Float64Array(regions.length + 1);
  regions.forEach((region, r) => {
    let lines = region.rows.length;
    if (stacked) for (const row of region.rows) lines += rowLines(row, true) - 1;
    top[r + 1] = (top[r] ?? 0) + HEADER_PX + lines * LINE_PX + GAP_PX;
  });
  return { top, stacked };
}

/** The first region whose bottom is below `offset` (binary search). */
export function regionAt(layout: RegionLayout, offset: number): number {
  let lo = 0;
  let hi = Math.max(0, layout.top.length - 2);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((layout.top[mid + 1] ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Offsets of a region's rows from its top (below the heading). */
export function rowTops(region: DiffRegion, stacked: boolean): Float64Array {
  const tops = new Float64Array(region.rows.length + 1);
  region.rows.forEach((row, k) => {
    tops[k + 1] = (tops[k] ?? 0) + rowLines(row, stacked) * LINE_PX;
  });
  return tops;
}

/** For each change (index into body.changes), the region that shows it. */
export function regionOfChange(regions: readonly DiffRegion[]): Map<number, number> {
  const map = new Map<number, number>();
  regions.forEach((region, r) => {
    for (const change of region.changes) map.set(change, r);
  });
  return map;
}
