import { describe, expect, it } from 'vitest';
import { bracketIndexFor, RESCAN_LIMIT, sideReader } from './sideReader';

describe('sideReader', () => {
  it.each<[string, number, boolean]>([
    ['one read of the whole text', 1, false],
    ['rereads up to the limit', RESCAN_LIMIT, false],
    ['rereads past the limit', RESCAN_LIMIT + 1, true],
  ])('%s: indexed %s', (_label, reads, indexed) => {
    const text = '[[[[1]]]]';
    const side = sideReader(text);
    let index: Int32Array | null = null;
    for (let i = 0; i < reads; i++) index = bracketIndexFor(side, { start: 0, end: text.length });
    expect(index !== null).toBe(indexed);
    if (index) expect(index[0]).toBe(text.length - 1);
  });
});
