import { describe, expect, it } from 'vitest';
import { lineOfOffset, lineStarts, lineText } from './lineIndex';

describe('lineStarts', () => {
  it.each([
    ['', [0]],
    ['abc', [0]],
    ['a\nb', [0, 2]],
    ['a\r\nb\rc\n', [0, 3, 5, 7]],
    ['\n\n', [0, 1, 2]],
  ])('%j', (text, starts) => {
    expect([...lineStarts(text)]).toEqual(starts);
  });

  it('grows past its first buffer', () => {
    const text = 'x\n'.repeat(5000);
    const starts = lineStarts(text);
    expect(starts.length).toBe(5001);
    expect(starts[4999]).toBe(9998);
  });
});

describe('lineText', () => {
  const text = 'first\r\nsecond line\nthird';
  const starts = lineStarts(text);
  it.each([
    [0, 100, 'first', 0],
    [1, 100, 'second line', 0],
    [2, 100, 'third', 0],
    [1, 6, 'second', 5],
  ])('line %i cut at %i', (index, max, expected, cut) => {
    expect(lineText(text, starts, index, max)).toEqual({ text: expected, cut });
  });
});

describe('lineStarts on a big document', () => {
  it('indexes 200,000 LF-only lines (one pass, no rescans for CR)', () => {
    const text = 'line of text\n'.repeat(200_000);
    const starts = lineStarts(text);
    expect(starts.length).toBe(200_001);
    expect(starts[200_000]).toBe(text.length);
  });
});

describe('lineOfOffset', () => {
  const text = 'ab\ncd\r\n\nef';
  const starts = lineStarts(text);
  it.each([
    [0, 0],
    [2, 0],
    [3, 1],
    [6, 1],
    [7, 2],
    [8, 3],
    [10, 3],
    [999, 3],
  ])('offset %i is on line %i', (offset, line) => {
    expect(lineOfOffset(starts, offset)).toBe(line);
  });
});
