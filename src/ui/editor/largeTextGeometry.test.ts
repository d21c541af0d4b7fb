import { describe, expect, it } from 'vitest';
import { LINE_HEIGHT_PX, MAX_CONTENT_HEIGHT_PX, scrollGeometry } from './largeTextGeometry';

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
