import { describe, expect, it } from 'vitest';
import { toAccessorPath, toJsonPointer } from './jsonPath';
import { jsonPathAt } from './jsonPathAt';
import { jsonStructure } from './jsonStructure';
import { firstTokenOfLine, NAVIGATION_DOC, NAVIGATION_SOURCE } from './navigationFixture';

const structure = jsonStructure(NAVIGATION_DOC);
const pathOfLine = (line: number) =>
  toAccessorPath(jsonPathAt(NAVIGATION_DOC, structure, firstTokenOfLine(NAVIGATION_DOC, line)));

describe('jsonPathAt', () => {
  it.each([
    [0, ''],
    [1, 'data'],
    [2, 'data[0]'],
    [3, 'data[0].id'],
    [4, 'data[0].items'],
    [5, 'data[0].items[0]'],
    [6, 'data[0].items[1]'],
    [7, 'data[0].items'],
    [8, 'data[0]'],
    [9, 'data[1]'],
    [10, 'data[1].id'],
    [11, 'data[1].items'],
    [12, 'data[1].name'],
    [13, 'data[1]'],
    [14, 'data'],
    [15, 'meta'],
    [16, 'meta["a/b"]'],
    [17, 'meta["~t"]'],
    [18, 'meta'],
    [19, 'empty'],
    [20, ''],
  ])('line %i of the formatted text is %j', (line, path) => {
    expect(pathOfLine(line)).toBe(path);
  });

  it.each([
    ['20', '/data/0/items/1'],
    ['"b"', '/data/1/name'],
    ['"name"', '/data/1/name'],
    ['"a/b"', '/meta/a~1b'],
    ['true', '/meta/~0t'],
    ['{}', '/empty'],
  ])('in the minified text, %s is at %s', (token, pointer) => {
    const s = jsonStructure(NAVIGATION_SOURCE);
    expect(toJsonPointer(jsonPathAt(NAVIGATION_SOURCE, s, NAVIGATION_SOURCE.indexOf(token)))).toBe(pointer);
  });

  it('reads a key written with escapes as its decoded name', () => {
    const text = '{"x": 1, "a\\u002Fb": [true]}';
    expect(jsonPathAt(text, jsonStructure(text), text.indexOf('true'))).toEqual(['a/b', 0]);
  });

  it('counts primitive items after the last nested container', () => {
    const text = '[[1], "a,b", 3, 4]';
    expect(jsonPathAt(text, jsonStructure(text), text.indexOf('4'))).toEqual([3]);
  });

  it('is the whole document outside the top-level value and for a top-level primitive', () => {
    const text = '  [1]  ';
    expect(jsonPathAt(text, jsonStructure(text), 0)).toEqual([]);
    expect(jsonPathAt(text, jsonStructure(text), 6)).toEqual([]);
    expect(jsonPathAt('42', jsonStructure('42'), 1)).toEqual([]);
  });
});
