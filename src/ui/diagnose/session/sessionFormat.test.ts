import { describe, expect, it } from 'vitest';
import { formatBytes, formatElapsed, formatEntryList, formatOffset } from './sessionFormat';

describe('session formatting', () => {
  it.each([
    [undefined, ''],
    [250, '+250 ms'],
    [12_345, '+12.3 s'],
    [245_000, '+4:05'],
    [7_445_000, '+2:04:05'],
    [10_155_472_000, '+117 d'],
  ])('formatOffset(%s) = %s', (ms, text) => expect(formatOffset(ms)).toBe(text));

  it.each([
    [0.3, '<1 ms'],
    [250.4, '250 ms'],
    [1_250, '1.25 s'],
    [42_000, '42.0 s'],
    [10_155_472_000, '117 d 13 h'],
  ])('formatElapsed(%s) = %s', (ms, text) => expect(formatElapsed(ms)).toBe(text));

  it.each([
    [512, '512 B'],
    [7_132, '7.0 kB'],
    [3_500_000, '3.3 MB'],
  ])('formatBytes(%s) = %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));

  it.each([
    [[0, 1, 2], '1, 2, 3'],
    [[0, 1, 2, 3, 4, 5, 6, 7], '1, 2, 3, 4, 5, 6 and 2 more'],
  ])('formatEntryList(%j) = %s', (entries, text) => expect(formatEntryList(entries)).toBe(text));
});
