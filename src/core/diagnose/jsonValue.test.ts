import { describe, it, expect } from 'vitest';
import { codeOf, firstStringIn, httpUrl, isObj, str, stringList } from './jsonValue';

describe('jsonValue', () => {
  it.each([
    ['  padded  ', 'padded'],
    ['', undefined],
    ['   ', undefined],
    [42, undefined],
    [null, undefined],
  ])('str(%j) → %j', (v, out) => {
    expect(str(v)).toBe(out);
  });

  it.each([
    [400, '400'],
    ['E42', 'E42'],
    [Number.NaN, undefined],
    [true, undefined],
  ])('codeOf(%j) → %j', (v, out) => {
    expect(codeOf(v)).toBe(out);
  });

  it.each([
    ['https://docs.example.com/x', 'https://docs.example.com/x'],
    ['http://a.example', 'http://a.example'],
    ['javascript:alert(1)', undefined],
    ['/relative', undefined],
  ])('httpUrl(%j) → %j', (v, out) => {
    expect(httpUrl(v)).toBe(out);
  });

  it.each([
    [{}, true],
    [[], false],
    [null, false],
    ['x', false],
  ])('isObj(%j) → %s', (v, out) => {
    expect(isObj(v)).toBe(out);
  });

  it.each([
    [
      ['a', 'b'],
      ['a', 'b'],
    ],
    [['a', 1], undefined],
    [[], undefined],
    ['a', undefined],
  ])('stringList(%j) → %j', (v, out) => {
    expect(stringList(v)).toEqual(out);
  });

  it('firstStringIn skips blanks and non-strings', () => {
    expect(firstStringIn([1, ' ', 'found', 'later'])).toBe('found');
  });
});
