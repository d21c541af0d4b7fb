import { describe, expect, it } from 'vitest';
import { lineStarts } from './lineIndex';
import {
  deepestFoldableDepth,
  foldableAt,
  foldableAtDepth,
  foldableOnLine,
  foldLines,
  foldOnLine,
  lineToRow,
  rowToLine,
} from './jsonFolding';
import { jsonStructure } from './jsonStructure';
import { NAVIGATION_DOC } from './navigationFixture';

const structure = jsonStructure(NAVIGATION_DOC);
const starts = lineStarts(NAVIGATION_DOC);
const lineStart = (line: number) => starts[line] ?? NAVIGATION_DOC.length;
const fold = (containers: number[], text = NAVIGATION_DOC, s = structure, l = lineStart, n = starts.length) =>
  foldLines(s, containers, text, l, n);
// Container indexes in the fixture: 0 root, 1 data, 2 data[0], 3 data[0].items, 4 data[1],
// 5 data[1].items (one line), 6 meta, 7 empty (one line).

describe('what folds', () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, -1],
    [4, 3],
    [11, -1],
    [15, 6],
    [19, -1],
  ])('line %i starts foldable container %i', (line, container) => {
    expect(foldableOnLine(structure, line)).toBe(container);
  });

  it('folds at the cursor the innermost container spanning lines', () => {
    expect(foldableAt(structure, NAVIGATION_DOC.indexOf('20'))).toBe(3);
    // On the one-line empty array of data[1]: its enclosing item.
    expect(foldableAt(structure, NAVIGATION_DOC.indexOf('[]'))).toBe(4);
  });

  it.each([
    [1, -1, [1, 6]],
    [2, -1, [2, 4]],
    [3, -1, [3]],
    [2, NAVIGATION_DOC.indexOf('"name"'), [2]],
    [1, NAVIGATION_DOC.indexOf('"name"'), [6]],
  ])('at depth %i with the cursor at %i folds %j', (depth, cursor, containers) => {
    expect(foldableAtDepth(structure, depth, cursor)).toEqual(containers);
  });

  it('knows the deepest level worth offering', () => {
    expect(deepestFoldableDepth(structure)).toBe(3);
  });
});

describe('rows and lines under folds', () => {
  it('maps one to one without folds', () => {
    const folds = fold([]);
    expect(folds.rowCount).toBe(21);
    expect(rowToLine(folds, 7)).toBe(7);
    expect(lineToRow(folds, 7)).toBe(7);
  });

  it('hides a container through its closing bracket when that stands alone', () => {
    const folds = fold([1]);
    expect([...folds.from, ...folds.to]).toEqual([2, 14]);
    expect(folds.rowCount).toBe(8);
    expect([0, 1, 2, 3, 7].map((row) => rowToLine(folds, row))).toEqual([0, 1, 15, 16, 20]);
    expect([0, 1, 2, 9, 14, 15, 20].map((line) => lineToRow(folds, line))).toEqual([0, 1, 1, 1, 1, 2, 7]);
    expect(foldOnLine(folds, 1)).toBe(0);
    expect(foldOnLine(folds, 2)).toBe(-1);
  });

  it('ignores a fold inside a folded container, and counts several folds', () => {
    const folds = fold([3, 1, 6, 2]);
    expect([...folds.container]).toEqual([1, 6]);
    expect(folds.rowCount).toBe(21 - 13 - 3);
    expect(rowToLine(folds, 3)).toBe(19);
    expect(lineToRow(folds, 17)).toBe(2);
    expect(lineToRow(folds, 19)).toBe(3);
  });

  it('keeps the closing line visible when something else starts it', () => {
    const text = '[\n  1,\n  2] ';
    const s = jsonStructure(text);
    const l = lineStarts(text);
    const folds = fold([0], text, s, (line) => l[line] ?? text.length, l.length);
    expect([...folds.from, ...folds.to]).toEqual([1, 1]);
    expect(folds.rowCount).toBe(2);
  });
});
