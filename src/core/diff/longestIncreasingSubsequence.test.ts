import { describe, it, expect } from 'vitest';
import { longestIncreasingSubsequence } from './longestIncreasingSubsequence';

const picked = (values: number[]): number[] => {
  const flags = longestIncreasingSubsequence(values);
  return values.filter((_, i) => flags[i] === 1);
};

describe('longestIncreasingSubsequence', () => {
  it.each<[number[], number]>([
    [[], 0],
    [[5], 1],
    [[1, 2, 3, 4], 4],
    [[4, 3, 2, 1], 1],
    [[3, 0, 1, 2], 3],
    [[0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15], 6],
    [[1, 1, 1], 1],
  ])('%j keeps a run of %i', (values, length) => {
    const run = picked(values);
    expect(run).toHaveLength(length);
    run.forEach((value, i) => {
      if (i > 0) expect(value).toBeGreaterThan(run[i - 1] ?? -Infinity);
    });
  });
});
