import { describe, expect, it } from 'vitest';
import { formatDuration, formatMs, formatSize } from './format';

describe('formatDuration', () => {
  it.each([
    [0.25, '250 ms'],
    [30, '30 s'],
    [1.5, '1.5 s'],
    [90, '1 min 30 s'],
    [900, '15 min'],
    [3600, '1 h'],
    [5400, '1 h 30 min'],
    [-5, '0 ms'],
    [Number.NaN, 'unknown'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('formatSize / formatMs', () => {
  it.each([
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
