import { describe, expect, it } from 'vitest';
import { formatMs, formatSize } from './format';

describe('formatSize / formatMs', () => {
  it.each([
    [1, '1 character'],
    [12, '12 characters'],
    [1500, '1.5 k characters'],
    [52_000_000, '52.0 M characters'],
  ])('%s', (n, text) => expect(formatSize(n)).toBe(text));
  it.each([
    [250, '250 ms'],
    [1000, '1 s'],
    [1500, '1.5 s'],
  ])('%s', (n, text) => expect(formatMs(n)).toBe(text));
});
