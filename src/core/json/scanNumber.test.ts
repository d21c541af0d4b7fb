import { describe, expect, it } from 'vitest';
import { scanNumber } from './scanNumber';

describe('scanNumber', () => {
  it.each([
    ['0', 1],
    ['-0', 2],
    ['123', 3],
    ['1.5', 3],
    ['-1.5e+10', 8],
    ['1E5', 3],
    ['0.0e-0', 6],
    ['1,', 1],
    ['12]', 2],
    ['0x1F', 1], // the valid prefix; the caller explains the rest
  ])('%j ends at %i', (text, end) => {
    expect(scanNumber(text, 0)).toBe(end);
  });

  it.each([
    ['01', 1],
    ['-', 1],
    ['-a', 1],
    ['1.', 2],
    ['1.e5', 2],
    ['1e', 2],
    ['1e+', 3],
    ['.5', 0],
    ['+1', 0],
  ])('%j fails at offset %i', (text, offset) => {
    expect(scanNumber(text, 0)).toBe(~offset);
  });
});
