import { describe, expect, it } from 'vitest';
import { PATH_CRUMBS_HEAD, PATH_CRUMBS_TAIL, pathCrumbs } from './pathCrumbs';

describe('pathCrumbs', () => {
  it('shows a short path whole, each step as it reads after the one before', () => {
    expect(pathCrumbs(['data', 3, 'odd key'])).toEqual({
      head: [
        { label: '.data', depth: 1 },
        { label: '[3]', depth: 2 },
        { label: '["odd key"]', depth: 3 },
      ],
      omitted: 0,
      tail: [],
    });
  });

  it('keeps the first and last levels of a very deep path and counts the rest', () => {
    const path = Array.from({ length: 100_000 }, () => 0);
    const crumbs = pathCrumbs(path);
    expect(crumbs.head).toHaveLength(PATH_CRUMBS_HEAD);
    expect(crumbs.tail).toHaveLength(PATH_CRUMBS_TAIL);
    expect(crumbs.omitted).toBe(100_000 - PATH_CRUMBS_HEAD - PATH_CRUMBS_TAIL);
    expect(crumbs.tail.at(-1)).toEqual({ label: '[0]', depth: 100_000 });
    expect(crumbs.head[0]).toEqual({ label: '[0]', depth: 1 });
  });

  it('never leaves out a single level (the gap would take as much room as the crumb)', () => {
    const path = Array.from({ length: PATH_CRUMBS_HEAD + PATH_CRUMBS_TAIL + 1 }, (_, i) => i);
    expect(pathCrumbs(path).omitted).toBe(0);
  });
});
