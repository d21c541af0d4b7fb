import { describe, expect, it } from 'vitest';
import type { DiffRegion, DiffRow } from '../../core';
import { GAP_PX, HEADER_PX, layoutRegions, LINE_PX, regionAt, regionOfChange, rowTops } from './regionLayout';

const region = (kinds: DiffRow['kind'][], changes: number[] = []): DiffRegion => ({
  title: 't',
  changes,
  spans: changes.map(() => [0, 0]),
  aLines: [],
  bLines: [],
  rows: kinds.map((kind, k) => ({ a: k, b: k, kind })),
});

describe('regionLayout', () => {
  const regions = [region(['same', 'changed', 'same'], [0, 1]), region(['added'], [2])];

  it.each([
    [false, [0, HEADER_PX + 3 * LINE_PX + GAP_PX]],
    [true, [0, HEADER_PX + 4 * LINE_PX + GAP_PX]],
  ])('stacked %s: a changed row takes two lines only when stacked', (stacked, tops) => {
    const layout = layoutRegions(regions, stacked);
    expect([...layout.top].slice(0, 2)).toEqual(tops);
    expect([...rowTops(regions[0] as DiffRegion, stacked)].at(-1)).toBe((tops[1] ?? 0) - HEADER_PX - GAP_PX);
  });

  it('finds the region at an offset', () => {
    const layout = layoutRegions(regions, false);
    expect(regionAt(layout, 0)).toBe(0);
    expect(regionAt(layout, (layout.top[1] ?? 0) - 1)).toBe(0);
    expect(regionAt(layout, layout.top[1] ?? 0)).toBe(1);
    expect(regionAt(layout, 1e9)).toBe(1);
  });

  it('maps each change to its region', () => {
    expect([...regionOfChange(regions)]).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
    ]);
  });
});
