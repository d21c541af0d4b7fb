import { describe, expect, it } from 'vitest';
import { LINE_HEIGHT_PX, MAX_CONTENT_HEIGHT_PX, scrollGeometry, scrollTopPlacing } from './largeTextGeometry';

describe('scrollGeometry', () => {
  it('maps rows to pixels one to one for an ordinary document', () => {
    const g = scrollGeometry(1000, 190, 190);
    expect(g.contentHeight).toBe(1000 * LINE_HEIGHT_PX);
    expect(g.topOfRow(10)).toBe(10 * LINE_HEIGHT_PX);
    expect(g.firstRow).toBe(0);
    expect(g.endRow).toBe(50);
    expect(g.scrollTopToShow(12, 190)).toBeUndefined();
    expect(g.scrollTopToShow(500, 190)).toBe(500 * LINE_HEIGHT_PX - 95);
  });

  it('compresses the scroll range of millions of rows, keeping the last row reachable', () => {
    const rows = 3_000_000;
    const top = MAX_CONTENT_HEIGHT_PX - 600;
    const g = scrollGeometry(rows, 600, top);
    expect(g.contentHeight).toBe(MAX_CONTENT_HEIGHT_PX);
    expect(g.endRow).toBe(rows);
    // The last row sits at the bottom of the view.
    expect(g.topOfRow(rows - 1) - top).toBeCloseTo(600 - LINE_HEIGHT_PX, 5);
    const middle = scrollGeometry(rows, 600, 0).scrollTopToShow(1_500_000, 0)!;
    expect(scrollGeometry(rows, 600, middle).firstRow).toBeLessThan(1_500_000);
    expect(scrollGeometry(rows, 600, middle).endRow).toBeGreaterThan(1_500_000);
  });
});

describe('scrollTopPlacing', () => {
  it.each([
    [1000, 100, 0, 100 * LINE_HEIGHT_PX],
    [1000, 100, 190, 100 * LINE_HEIGHT_PX - 190],
    [1000, 2, 190, 0],
  ])('%i rows: row %i drawn %i px down', (rows, row, offset, top) => {
    expect(scrollTopPlacing(rows, 600, row, offset)).toBe(top);
    if (top > 0) expect(scrollGeometry(rows, 600, top).topOfRow(row) - top).toBe(offset);
  });

  it('places a row at the same spot of the view when the scroll range is compressed', () => {
    const top = scrollTopPlacing(3_000_000, 600, 2_000_000, 95);
    expect(scrollGeometry(3_000_000, 600, top).topOfRow(2_000_000) - top).toBeCloseTo(95, 5);
  });
});
