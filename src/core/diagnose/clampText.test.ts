import { describe, it, expect } from 'vitest';
import { clampText } from './clampText';

describe('clampText', () => {
  it.each([
    ['short', 10, 'short'],
    ['  spaced \n\t out  ', 20, 'spaced out'],
    ['abcdefghij', 5, 'abcd…'],
    ['ab😀cd', 4, 'ab…'],
  ])('%j (max %d) → %j', (text, max, out) => {
    expect(clampText(text, max)).toBe(out);
  });
});
