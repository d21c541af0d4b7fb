import { describe, it, expect } from 'vitest';
import { formatDuration, formatInstant } from './formatDuration';

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [0.25, '0.25 s'],
    [1.5, '1.5 s'],
    [30, '30 s'],
    [59.4, '59.4 s'],
    [59.9994, '59.999 s'],
    // Rounding carries across unit boundaries: never "60 s", "60 min" or "24 h".
    [59.9996, '1 min'],
    [60, '1 min'],
    [119.6, '2 min'],
    [3599.6, '1 h'],
    [3599.4, '59 min 59 s'],
    [7170, '2 h'],
    [7140, '1 h 59 min'],
    [86399, '1 d'],
    [171600, '2 d'],
    [125, '2 min 5 s'],
    [3600, '1 h'],
    [5400, '1 h 30 min'],
    [86400 + 4 * 3600, '1 d 4 h'],
    [-5, '0 s'],
    [Number.POSITIVE_INFINITY, 'an unlimited time'],
  ])('%d s → %j', (seconds, words) => {
    expect(formatDuration(seconds)).toBe(words);
  });
});

describe('formatInstant', () => {
  const ref = new Date('2026-03-24T12:00:00Z');
  it.each([
    ['2026-03-24T12:00:30Z', '12:00:30 UTC'],
    ['2026-03-25T01:02:03Z', '2026-03-25 01:02:03 UTC'],
  ])('%s → %j', (iso, words) => {
    expect(formatInstant(new Date(iso), ref)).toBe(words);
  });

  it('does not throw on an invalid date', () => {
    expect(formatInstant(new Date(Number.NaN), ref)).toBe('an unknown time');
  });
});
