import { describe, expect, it } from 'vitest';
import { countWhile } from './countWhile';

describe('countWhile', () => {
  const values = [1, 3, 3, 7, 9];
  it.each([
    [0, 0],
    [1, 1],
    [3, 3],
    [8, 4],
    [9, 5],
    [100, 5],
  ])('%i: %i values are at most it', (limit, count) => {
    expect(countWhile(values.length, (i) => (values[i] ?? 0) <= limit)).toBe(count);
  });

  it('is 0 for no values', () => {
    expect(countWhile(0, () => true)).toBe(0);
  });
});
