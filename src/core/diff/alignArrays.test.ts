import { describe, expect, it } from 'vitest';
import { alignArrays, type AlignmentInput } from './alignArrays';

/** Items are strings; equal strings are equal values. */
function align(
  a: string[],
  b: string[],
  options: Partial<Pick<AlignmentInput, 'keysA' | 'keysB' | 'ignoreOrder' | 'positional'>> = {},
): string[] {
  const ids = new Map<string, number>();
  const id = (value: string): number => {
    if (!ids.has(value)) ids.set(value, ids.size);
    return ids.get(value) as number;
  };
  const result = alignArrays({
    lengthA: a.length,
    lengthB: b.length,
    identitiesA: a.map(id),
    identitiesB: b.map(id),
    same: (i, j) => a[i] === b[j],
    ignoreOrder: false,
    positional: false,
    ...options,
  });
  // One word per B item: "=i" equal to A item i, "~i" paired with A item i (compared), "+" added;
  // a leading ">" marks a move. Then "-i" for every A item left out.
  const words = b.map((_, j) => {
    const i = result.matchB[j] ?? -1;
    if (i === -1) return '+';
    return `${result.moved[j] ? '>' : ''}${result.equal[j] ? '=' : '~'}${i}`;
  });
  const used = new Set(result.matchB);
  a.forEach((_, i) => {
    if (!used.has(i)) words.push(`-${i}`);
  });
  return words;
}

const chars = (text: string): string[] => [...text];

describe('alignArrays without a key', () => {
  it.each([
    ['identical', 'abc', 'abc', ['=0', '=1', '=2']],
    ['one edit is one pair', 'abc', 'aXc', ['=0', '~1', '=2']],
    ['a reorder is the fewest moves', 'abcd', 'dabc', ['>=3', '=0', '=1', '=2']],
    ['a swap', 'ab', 'ba', ['>=1', '=0']],
    ['insertion', 'abc', 'aXbc', ['=0', '+', '=1', '=2']],
    ['removal', 'abc', 'ac', ['=0', '=2', '-1']],
    ['duplicates: an edit before a repeated value', '121', '921', ['~0', '=1', '=2']],
    ['duplicates pair in order', 'aab', 'baa', ['>=2', '=0', '=1']],
    // x z x w → z x w x: the first x moved to the end, one move (not two).
    ['a move among duplicates', 'xzxw', 'zxwx', ['=1', '=2', '=3', '>=0']],
    ['edits that repeat a value', '123', '224', ['~0', '=1', '~2']],
    ['edit and insertion in one gap', 'aEb', 'aXYb', ['=0', '~1', '+', '=2']],
    ['everything different', 'ab', 'xyz', ['~0', '~1', '+']],
    ['from empty', '', 'ab', ['+', '+']],
    ['to empty', 'ab', '', ['-0', '-1']],
  ])('%s', (_label, a, b, expected) => {
    expect(align(chars(a), chars(b))).toEqual(expected);
  });

  it('gives up the common subsequence for arrays full of repeats, and stays correct', () => {
    const a = Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? 'x' : 'y'));
    const b = ['z', ...a.slice(1).reverse()];
    const words = align(a, b);
    expect(words).toHaveLength(400 + words.filter((w) => w.startsWith('-')).length);
    expect(words.filter((w) => w === '+' || w.startsWith('-') || w.startsWith('~')).length).toBeLessThan(3);
  });
});

describe('alignArrays with a key', () => {
  it('matches by key, then by value, and leaves the rest added and removed', () => {
    const a = ['k1', 'k2', 'v', 'k3'];
    const b = ['k3*', 'v', 'k1', 'w'];
    const keysA = ['1', '2', undefined, '3'];
    const keysB = ['3', undefined, '1', undefined];
    expect(align(a, b, { keysA, keysB })).toEqual(['>~3', '>=2', '~0', '+', '-1']);
  });
});

describe('alignArrays options', () => {
  it('positional compares item i with item i only', () => {
    expect(align(chars('abc'), chars('cab'), { positional: true })).toEqual(['~0', '~1', '~2']);
  });

  it('ignoreOrder matches equal values as a multiset, without moves or pairs', () => {
    expect(align(chars('aab'), chars('bca'), { ignoreOrder: true })).toEqual(['=2', '+', '=0', '-1']);
  });
});
