import { describe, expect, it } from 'vitest';
import { formatMs, formatSize, formatWhen } from './format';

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

describe('formatWhen', () => {
  const now = new Date(2026, 10, 24, 15, 30).getTime();
  it.each([
    [now - 20_000, 'just now'],
    [now - 5 * 60_000, '5 min ago'],
    [new Date(2026, 10, 24, 9, 5).getTime(), 'today 09:05'],
    [new Date(2026, 10, 23, 22, 0).getTime(), 'yesterday 22:00'],
    [new Date(2026, 0, 2, 8, 0).getTime(), '2 Jan 2026 08:00'],
  ])('%s', (time, text) => expect(formatWhen(time, now)).toBe(text));
});
