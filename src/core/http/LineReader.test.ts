import { describe, expect, it } from 'vitest';
import { countLineBreaks, LineReader } from './LineReader';

function lines(text: string, loneCrEnds: boolean): Array<[string, string]> {
  const reader = new LineReader(text, loneCrEnds);
  const out: Array<[string, string]> = [];
  let pos = 0;
  while (pos < text.length) {
    const l = reader.read(pos);
    out.push([text.slice(l.start, l.end), l.eol]);
    pos = l.next;
  }
  return out;
}

describe('LineReader', () => {
  it.each([
    [
      'a\nb',
      false,
      [
        ['a', '\n'],
        ['b', ''],
      ],
    ],
    [
      'a\r\nb\r\n',
      false,
      [
        ['a', '\r\n'],
        ['b', '\r\n'],
      ],
    ],
    ['a\rb\n', false, [['a\rb', '\n']]],
    [
      'a\rb\n',
      true,
      [
        ['a', '\r'],
        ['b', '\n'],
      ],
    ],
    [
      'a\r\rb',
      true,
      [
        ['a', '\r'],
        ['', '\r'],
        ['b', ''],
      ],
    ],
    [
      '\n\n',
      false,
      [
        ['', '\n'],
        ['', '\n'],
      ],
    ],
    ['x\r', false, [['x', '']]],
  ])('%j (lone CR ends a line: %s)', (text, loneCrEnds, expected) => {
    expect(lines(text, loneCrEnds)).toEqual(expected);
  });

  it('stays correct when lines are read out of order', () => {
    const reader = new LineReader('one\ntwo\nthree', true);
    expect(reader.read(8)).toMatchObject({ start: 8, end: 13 });
    expect(reader.read(0)).toMatchObject({ start: 0, end: 3, next: 4 });
    expect(reader.read(4)).toMatchObject({ start: 4, end: 7, next: 8 });
  });
});

describe('countLineBreaks', () => {
  it.each([
    ['a\nb\r\nc\rd', 3],
    ['\r\n', 1],
    ['abc', 0],
  ])('%j has %i', (text, count) => {
    expect(countLineBreaks(text, 0, text.length)).toBe(count);
  });
});
