import { describe, expect, it } from 'vitest';
import { advanceUtf8Bytes, countBareLf, utf8ByteLength } from './utf8Bytes';

describe('utf8ByteLength', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['€', 3],
    ['😀', 4],
    ['\ud800', 3],
    ['a\udc00b', 5],
  ])('%j is %i bytes, as TextEncoder counts', (text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
    expect(new TextEncoder().encode(text).length).toBe(bytes);
  });

  it('counts a range only', () => {
    expect(utf8ByteLength('xxé€yy', 2, 4)).toBe(5);
  });
});

describe('countBareLf', () => {
  it.each([
    ['a\nb\nc', 2],
    ['a\r\nb\nc', 1],
    ['\n', 1],
    ['\r\n\r\n', 0],
  ])('%j', (text, count) => {
    expect(countBareLf(text)).toBe(count);
  });
});

describe('advanceUtf8Bytes', () => {
  it.each([
    ['hello world', 0, 5, false, 5],
    ['héllo', 0, 3, false, 2],
    ['😀x', 0, 4, false, 2],
    ['ab', 0, 3, false, -1],
    ['a\nb', 0, 3, true, 2],
    ['a\r\nb', 0, 3, true, 3],
    ['xx€', 2, 1, false, 3],
  ])('%j from %i by %i bytes (LF as CRLF: %s) reaches %i', (text, from, bytes, lfAsCrlf, expected) => {
    expect(advanceUtf8Bytes(text, from, bytes, lfAsCrlf)).toBe(expected);
  });
});
