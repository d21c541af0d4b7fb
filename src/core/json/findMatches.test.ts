import { describe, expect, it } from 'vitest';
import { findMatches, matchAtOrAfter, matchesInRange, MAX_FIND_MATCHES, type FindQuery } from './findMatches';

const TEXT = '{"id": 48213, "ID": "A.B", "ids": [48213, 482130]}\n{"id": 7}';
const plain = (text: string, caseSensitive = false): FindQuery => ({ text, regex: false, caseSensitive });
const regex = (text: string, caseSensitive = false): FindQuery => ({ text, regex: true, caseSensitive });

function found(text: string, query: FindQuery): string[] {
  const result = findMatches(text, query);
  if (!result.ok) throw new Error(result.message);
  return Array.from(result.starts, (start, i) => text.slice(start, result.ends[i]));
}

describe('findMatches', () => {
  it.each<[FindQuery, string[]]>([
    [plain('"id"'), ['"id"', '"ID"', '"id"']],
    [plain('"id"', true), ['"id"', '"id"']],
    [plain('48213'), ['48213', '48213', '48213']],
    [plain('a.b'), ['A.B']],
    [plain('(['), []],
    [regex('\\b48213\\b'), ['48213', '48213']],
    [regex('"i[a-z]+"', true), ['"id"', '"ids"', '"id"']],
    [regex('^\\{"id": \\d+'), ['{"id": 48213', '{"id": 7']],
    [regex('x*'), []],
    [plain(''), []],
  ])('%j finds %j', (query, matches) => {
    expect(found(TEXT, query)).toEqual(matches);
  });

  it('reports an invalid regular expression instead of throwing', () => {
    const result = findMatches(TEXT, regex('(['));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Not a valid regular expression: .+\.$/);
  });

  it('stops at the limit and says there are more', () => {
    const result = findMatches('ab'.repeat(20), plain('a'), 5);
    expect(result.ok && [result.starts.length, result.truncated]).toEqual([5, true]);
    const exact = findMatches('ab'.repeat(5), plain('a'), 5);
    expect(exact.ok && [exact.starts.length, exact.truncated]).toEqual([5, false]);
  });

  it(`stops at ${MAX_FIND_MATCHES.toLocaleString('en-US')} matches by default`, () => {
    const result = findMatches('x'.repeat(MAX_FIND_MATCHES + 10), plain('x'));
    expect(result.ok && [result.starts.length, result.truncated]).toEqual([MAX_FIND_MATCHES, true]);
  });
});

describe('match lookups', () => {
  const starts = Int32Array.from([2, 10, 20]);
  const ends = Int32Array.from([5, 12, 25]);
  it.each([
    [0, 0],
    [2, 0],
    [3, 1],
    [20, 2],
    [21, 0],
  ])('the next match from offset %i is %i (wrapping)', (offset, index) => {
    expect(matchAtOrAfter(starts, offset)).toBe(index);
  });

  it.each([
    [0, 2, 0, 0],
    [0, 3, 0, 1],
    [4, 11, 0, 2],
    [5, 10, 1, 1],
    [12, 30, 2, 3],
  ])('[%i, %i) overlaps matches %i to %i', (from, to, first, last) => {
    expect(matchesInRange(starts, ends, from, to)).toEqual({ first, last });
  });
});
