import { describe, it, expect } from 'vitest';
import { compileIgnorePaths, rootIgnoreState, stepIgnoreState } from './ignorePaths';

/** Walks a path of segments and says whether any pattern ignores it (or an ancestor). */
function ignores(patterns: string[], path: string[]): boolean {
  const compiled = compileIgnorePaths(patterns);
  let { state, ignored } = rootIgnoreState(compiled);
  for (const segment of path) {
    if (ignored) return true;
    ({ state, ignored } = stepIgnoreState(compiled, state, segment));
  }
  return ignored;
}

describe('ignore path patterns', () => {
  it.each<[string[], string[], boolean]>([
    [['/a/b'], ['a', 'b'], true],
    [['/a/b'], ['a', 'c'], false],
    [['/a/b'], ['a'], false],
    [['/a'], ['a', 'b', 'c'], true],
    [['/items/*/updatedAt'], ['items', '7', 'updatedAt'], true],
    [['/items/*/updatedAt'], ['items', '7', 'x', 'updatedAt'], false],
    [['/**/updatedAt'], ['updatedAt'], true],
    [['/**/updatedAt'], ['x', 'y', 'updatedAt'], true],
    [['/**/updatedAt'], ['x', 'y', 'createdAt'], false],
    [['/a/**/z'], ['a', 'z'], true],
    [['/a/**/z'], ['a', 'b', 'c', 'z'], true],
    [['/a~1b'], ['a/b'], true],
    [['/a~0b'], ['a~b'], true],
    [['/x', '/y/*'], ['y', '3'], true],
    [[], ['a'], false],
    [[''], [], true],
  ])('%j on %j → %s', (patterns, path, expected) => {
    expect(ignores(patterns, path)).toBe(expected);
  });
});
