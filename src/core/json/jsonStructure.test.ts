import { describe, expect, it } from 'vitest';
import { toAccessorPath } from './jsonPath';
import { jsonStructure } from './jsonStructure';
import { containerAt, containerPath, containerOpeningAt } from './jsonStructureLookup';
import { NAVIGATION_DOC, NAVIGATION_SOURCE } from './navigationFixture';

function rows(text: string) {
  const s = jsonStructure(text);
  return Array.from({ length: s.count }, (_, i) => ({
    path: toAccessorPath(containerPath(text, s, i)),
    depth: s.depth[i],
    children: s.childCount[i],
    lines: [s.startLine[i], s.endLine[i]],
  }));
}

describe('jsonStructure', () => {
  it('lists every container of the formatted document in the order they open', () => {
    expect(rows(NAVIGATION_DOC)).toEqual([
      { path: '', depth: 0, children: 3, lines: [0, 20] },
      { path: 'data', depth: 1, children: 2, lines: [1, 14] },
      { path: 'data[0]', depth: 2, children: 2, lines: [2, 8] },
      { path: 'data[0].items', depth: 3, children: 2, lines: [4, 7] },
      { path: 'data[1]', depth: 2, children: 3, lines: [9, 13] },
      { path: 'data[1].items', depth: 3, children: 0, lines: [11, 11] },
      { path: 'meta', depth: 1, children: 2, lines: [15, 18] },
      { path: 'empty', depth: 1, children: 0, lines: [19, 19] },
    ]);
  });

  it('finds the same containers in the minified text, all on line 0', () => {
    const minified = rows(NAVIGATION_SOURCE);
    expect(minified.map((r) => [r.path, r.children])).toEqual(
      rows(NAVIGATION_DOC).map((r) => [r.path, r.children]),
    );
    expect(minified.every((r) => r.lines[0] === 0 && r.lines[1] === 0)).toBe(true);
  });

  it.each([
    ['brackets inside strings', '{"a]": "[{", "b": [1]}', ['', 'b']],
    ['escaped quotes', '{"a\\"[": {"x": 1}}', ['', '["a\\"["]']],
    ['an escaped key', '{"\\u0041": [1]}', ['', 'A']],
    ['a byte order mark', '\ufeff [ [ ] ]', ['', '[0]']],
    ['duplicate keys', '{"a": {}, "a": []}', ['', 'a', 'a']],
  ])('handles %s', (_, text, paths) => {
    expect(rows(text).map((r) => r.path)).toEqual(paths);
  });

  it('counts CR LF, CR and LF as one line break each, as the line index does', () => {
    expect(rows('[\r\n[\r1\n]]').map((r) => r.lines)).toEqual([
      [0, 3],
      [1, 3],
    ]);
  });

  it('keeps what it saw of invalid or cut-off JSON, without throwing', () => {
    const s = jsonStructure('{"a": [1, 2,], "b": {"c": ');
    expect(s.count).toBe(3);
    expect(Array.from(s.end)).toEqual([-1, 12, -1]);
    expect(s.childCount[1]).toBe(2);
    expect(jsonStructure('"unterminated\n[1]').count).toBe(1);
  });

  it('sizes its arrays to the containers found, past the first buffer', () => {
    const s = jsonStructure(`[${'[],'.repeat(5000)}[]]`);
    expect(s.count).toBe(5002);
    expect(s.start.length).toBe(5002);
    expect(s.childCount[0]).toBe(5001);
  });
});

describe('container lookups', () => {
  const s = jsonStructure(NAVIGATION_DOC);
  it('finds the container opening at an offset, and the innermost one holding it', () => {
    const items = NAVIGATION_DOC.indexOf('[\n        10');
    expect(containerOpeningAt(s, items)).toBe(3);
    expect(containerOpeningAt(s, items + 1)).toBe(-1);
    expect(containerAt(s, NAVIGATION_DOC.indexOf('20'))).toBe(3);
    expect(containerAt(s, NAVIGATION_DOC.indexOf('"name"'))).toBe(4);
    expect(containerAt(s, NAVIGATION_DOC.length - 1)).toBe(0);
    expect(containerAt(jsonStructure(' 12'), 1)).toBe(-1);
  });
});
