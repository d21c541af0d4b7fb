import { describe, expect, it } from 'vitest';
import { hasContentCoding, isChunkedLast } from './transferCodings';

const te = (...values: string[]) => values.map((value) => ({ name: 'Transfer-Encoding', value }));

describe('isChunkedLast', () => {
  it.each([
    [te('chunked'), true],
    [te('gzip, chunked'), true],
    [te('gzip', 'Chunked'), true],
    [te('chunked, identity'), false],
    [te('chunked', 'identity'), false],
    [te('chunkedchunked'), false],
    [[], false],
  ])('%j → %s', (headers, expected) => {
    expect(isChunkedLast(headers)).toBe(expected);
  });
});

describe('hasContentCoding', () => {
  it.each([
    [[{ name: 'Content-Encoding', value: 'gzip' }], true],
    [[{ name: 'content-encoding', value: 'identity' }], false],
    [[], false],
  ])('%j → %s', (headers, expected) => {
    expect(hasContentCoding(headers)).toBe(expected);
  });
});
