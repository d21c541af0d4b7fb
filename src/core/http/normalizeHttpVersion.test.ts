import { describe, expect, it } from 'vitest';
import { normalizeHttpVersion } from './normalizeHttpVersion';

describe('normalizeHttpVersion', () => {
  it.each([
    ['http/2.0', 'HTTP/2'],
    ['HTTP/2.0', 'HTTP/2'],
    ['h2', 'HTTP/2'],
    ['h3', 'HTTP/3'],
    ['h3-29', 'HTTP/3'],
    ['http/3', 'HTTP/3'],
    ['HTTP/1.1', 'HTTP/1.1'],
    ['http/1.0', 'HTTP/1.0'],
    ['', ''],
    ['unknown', ''],
    ['spdy/3.1', 'spdy/3.1'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeHttpVersion(input)).toBe(expected);
  });
});
