import { describe, expect, it } from 'vitest';
import { locateOffset, locateOffsets } from './locateOffsets';

describe('locateOffset', () => {
  it.each([
    ['start', 'abc', 0, 1, 1],
    ['end of text', 'abc', 3, 1, 4],
    ['after LF', 'a\nbc', 3, 2, 2],
    ['after CRLF (one break)', 'a\r\nbc', 4, 2, 2],
    ['after lone CR', 'a\rbc', 3, 2, 2],
    ['CR CR is two breaks', 'a\r\rb', 3, 3, 1],
    ['LF CR is two breaks', 'a\n\rb', 3, 3, 1],
    ['astral characters count two units', '😀😀x', 4, 1, 5],
    ['on the CR of a CRLF', 'ab\r\nc', 2, 1, 3],
    ['past the end is clamped', 'ab', 10, 1, 3],
  ])('%s', (_name, text, offset, line, column) => {
    expect(locateOffset(text, offset)).toEqual({ line, column });
  });
});

describe('locateOffsets', () => {
  it('answers offsets given in any order, in the order asked', () => {
    const text = 'one\ntwo\r\nthree';
    expect(locateOffsets(text, [10, 0, 5, 10])).toEqual([
      { line: 3, column: 2 },
      { line: 1, column: 1 },
      { line: 2, column: 2 },
      { line: 3, column: 2 },
    ]);
  });

  it('returns nothing for no offsets', () => {
    expect(locateOffsets('abc', [])).toEqual([]);
  });
});
