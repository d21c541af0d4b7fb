import { describe, it, expect } from 'vitest';
import { commonSubsequence } from './myersDiff';

/** Reference LCS length by dynamic programming, fine for the small inputs below. */
function lcsLength(a: number[], b: number[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] ?? 0);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** Small deterministic generator so failures reproduce. */
function sequence(seed: number, length: number, alphabet: number): number[] {
  let state = seed;
  return Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % alphabet;
  });
}

function checkPairs(a: number[], b: number[], pairs: number[]): void {
  let lastA = -1;
  let lastB = -1;
  for (let i = 0; i < pairs.length; i += 2) {
    const ia = pairs[i] ?? -1;
    const ib = pairs[i + 1] ?? -1;
    expect(ia).toBeGreaterThan(lastA);
    expect(ib).toBeGreaterThan(lastB);
    expect(a[ia]).toBe(b[ib]);
    lastA = ia;
    lastB = ib;
  }
}

describe('commonSubsequence', () => {
  it.each([
    ['both empty', [], []],
    ['one empty', [1, 2, 3], []],
    ['identical', [1, 2, 3], [1, 2, 3]],
    ['insert in the middle', [1, 2, 3], [1, 9, 2, 3]],
    ['delete at the start', [9, 1, 2], [1, 2]],
    ['replace one', [1, 2, 3], [1, 5, 3]],
    ['reversed', [1, 2, 3, 4, 5], [5, 4, 3, 2, 1]],
    ['nothing in common', [1, 2, 3], [4, 5, 6, 7]],
  ])('finds a longest common subsequence: %s', (_label, a: number[], b: number[]) => {
    const pairs = commonSubsequence(a, b, 1e6) ?? [];
    checkPairs(a, b, pairs);
    expect(pairs.length / 2).toBe(lcsLength(a, b));
  });

  it.each(Array.from({ length: 40 }, (_, i) => [i + 1, 5 + (i % 30), 2 + (i % 6)]))(
    'matches the reference length on random input (seed %i, length %i, alphabet %i)',
    (seed, length, alphabet) => {
      const a = sequence(seed, length, alphabet);
      const b = sequence(seed * 7 + 3, length + (seed % 5) - 2, alphabet);
      const pairs = commonSubsequence(a, b, 1e6) ?? [];
      checkPairs(a, b, pairs);
      expect(pairs.length / 2).toBe(lcsLength(a, b));
    },
  );

  it.each([
    ['gives up past its budget', 10, true],
    ['succeeds within budget', 1e6, false],
  ])('%s', (_label, budget, givesUp) => {
    const a = sequence(1, 200, 50);
    const b = sequence(2, 200, 50);
    expect(commonSubsequence(a, b, budget) === undefined).toBe(givesUp);
  });
});
