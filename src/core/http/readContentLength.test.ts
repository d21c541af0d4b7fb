import { describe, expect, it } from 'vitest';
import { readContentLength } from './readContentLength';

const h = (...values: string[]) => values.map((value) => ({ name: 'Content-Length', value }));

describe('readContentLength', () => {
  it.each([
    [[], { kind: 'none' }],
    [h('42'), { kind: 'valid', value: 42 }],
    [h('5', '5'), { kind: 'valid', value: 5 }],
    [h('5, 5'), { kind: 'valid', value: 5 }],
    [[{ name: 'content-length', value: '0' }], { kind: 'valid', value: 0 }],
    [[{ name: 'Content-Length-X', value: '3' }], { kind: 'none' }],
  ])('%j', (headers, expected) => {
    expect(readContentLength(headers)).toMatchObject(expected);
  });

  it.each([
    [h('abc'), 'not a number'],
    [h('-1'), 'not a number'],
    [h('5', '6'), 'conflicting'],
    [h('5, 7'), 'conflicting'],
  ])('reports %j', (headers, text) => {
    const result = readContentLength(headers, [4, 5]);
    expect(result).toMatchObject({ kind: 'invalid', line: 4, message: expect.stringContaining(text) });
  });
});
