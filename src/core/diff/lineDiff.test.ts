import { describe, it, expect } from 'vitest';
import type { BodyChange } from '../types';
import { diffLines } from './lineDiff';

describe('diffLines', () => {
  it.each<[string, string, string, BodyChange[]]>([
    ['identical', 'a\nb\n', 'a\nb\n', []],
    ['both empty', '', '', []],
    [
      'one line changed',
      'a\nb\nc',
      'a\nB\nc',
      [{ path: '/lines/2', change: 'changed', a: 'b', b: 'B', from: '/lines/2' }],
    ],
    ['line added', 'a\nc', 'a\nb\nc', [{ path: '/lines/2', change: 'added', b: 'b' }]],
    ['line removed', 'a\nb\nc', 'a\nc', [{ path: '/lines/2', change: 'removed', a: 'b' }]],
    [
      'lines shift after an insertion',
      'x\na\nb',
      'new\nx\na\nB',
      [
        { path: '/lines/1', change: 'added', b: 'new' },
        { path: '/lines/4', change: 'changed', a: 'b', b: 'B', from: '/lines/3' },
      ],
    ],
    [
      'empty against text',
      '',
      'a\nb',
      [
        { path: '/lines/1', change: 'added', b: 'a' },
        { path: '/lines/2', change: 'added', b: 'b' },
      ],
    ],
    ['a final line break adds no line', 'a\n', 'a', []],
  ])('%s', (_label, a, b, expected) => {
    expect(diffLines(a, b).changes).toEqual(expected);
  });

  it('notes different line endings without counting them', () => {
    const result = diffLines('a\r\nb\r\n', 'a\nb\n');
    expect(result.changes).toEqual([]);
    expect(result.note).toMatch(/CRLF.*LF/);
  });

  it.each([
    ['within budget', 1e6, undefined],
    ['past the budget', 5, /too different to align/],
  ])('alignment %s', (_label, budget, note) => {
    const a = Array.from({ length: 60 }, (_, i) => `line ${(i * 7) % 60}`).join('\n');
    const b = Array.from({ length: 60 }, (_, i) => `line ${(i * 11) % 60}`).join('\n');
    const result = diffLines(a, b, budget);
    if (note) expect(result.note).toMatch(note);
    else expect(result.note).toBeUndefined();
    expect(result.changes.length).toBeGreaterThan(0);
  });

  it('gives up positionally: changed lines pair up by position', () => {
    const result = diffLines('p\nq\nr', 'x\ny', 0);
    expect(result.changes.map((c) => [c.path, c.change])).toEqual([
      ['/lines/1', 'changed'],
      ['/lines/2', 'changed'],
      ['/lines/3', 'removed'],
    ]);
  });
});
