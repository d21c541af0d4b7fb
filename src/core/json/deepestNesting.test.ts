import { describe, expect, it } from 'vitest';
import { deepestNesting, minimumIndentedLength, nestsDeeperThan } from './deepestNesting';
import { formatJson } from './formatJson';

describe('deepestNesting', () => {
  it.each([
    ['flat', '1', 0, 0],
    ['mixed brackets', '[{"a":[[]]}]', 0, 4],
    ['brackets inside strings do not count', '["[[[", "\\"[["]', 0, 1],
    ['starting inside open brackets', '[[]]]]', 2, 4],
  ])('%s', (_name, text, depth, expected) => {
    expect(deepestNesting(text, 0, depth)).toBe(expected);
  });
});

describe('minimumIndentedLength', () => {
  it.each([1, 2, 5, 12])('is a lower bound of the real formatted length of %i nested arrays', (depth) => {
    const text = '['.repeat(depth) + ']'.repeat(depth);
    for (const indent of [1, 2, 4]) {
      const formatted = formatJson(text, { indent });
      expect(formatted.ok && formatted.text.length).toBeGreaterThanOrEqual(
        minimumIndentedLength(depth, indent),
      );
    }
  });
});

describe('nestsDeeperThan', () => {
  it.each([
    ['[[[]]]', 2, true],
    ['[[[]]]', 3, false],
    ['["[[[[", {"a": "{{{{"}]', 2, false],
    ['[][][][]', 1, false],
    ['x'.repeat(10), 20, false],
    ['['.repeat(100_000), 255, true],
  ])('%s deeper than %i: %s', (text, limit, deeper) => {
    expect(nestsDeeperThan(text, limit)).toBe(deeper);
  });
});
