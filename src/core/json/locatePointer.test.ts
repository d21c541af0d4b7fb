import { describe, expect, it } from 'vitest';
import { lineOfTextPath, locatePointer } from './locatePointer';

const DOC = [
  '{', //                                   1
  '  "a": {', //                            2
  '    "b": 1,', //                         3
  '    "c/d": [', //                        4
  '      {', //                             5
  '        "id": 1', //                     6
  '      },', //                            7
  '      {', //                             8
  '        "id": 2,', //                    9
  '        "x~y": "v"', //                  10
  '      },', //                            11
  '      []', //                            12
  '    ]', //                               13
  '  },', //                                14
  '  "b": 2,', //                           15
  '  "e\\"q": true,', //                    16
  '  "dup": 1,', //                         17
  '  "dup": 2', //                          18
  '}', //                                   19
].join('\n');

describe('locatePointer', () => {
  it.each([
    ['', 1],
    ['/a', 2],
    ['/a/b', 3],
    ['/b', 15],
    ['/a/c~1d', 4],
    ['/a/c~1d/0', 5],
    ['/a/c~1d/0/id', 6],
    ['/a/c~1d/1/id', 9],
    ['/a/c~1d/1/x~0y', 10],
    ['/a/c~1d/2', 12],
    ['/e"q', 16],
    ['/dup', 18],
  ])('finds %j on line %i', (pointer, line) => {
    expect(locatePointer(DOC, pointer)).toBe(line);
  });

  it.each([
    ['/missing', 1],
    ['/a/nope', 2],
    ['/a/c~1d/7', 4],
    ['/a/b/deeper', 3],
  ])('falls back to the deepest line found for %j', (pointer, line) => {
    expect(locatePointer(DOC, pointer)).toBe(line);
  });

  it('works with tab indentation and on a scalar document', () => {
    expect(locatePointer('[\n\t1,\n\t2\n]', '/1')).toBe(3);
    expect(locatePointer('42', '')).toBe(1);
    expect(locatePointer('', '/a')).toBe(1);
  });
});

describe('lineOfTextPath', () => {
  it('reads line paths of text bodies', () => {
    expect(lineOfTextPath('/lines/12')).toBe(12);
    expect(lineOfTextPath('/items/3')).toBeUndefined();
  });
});
