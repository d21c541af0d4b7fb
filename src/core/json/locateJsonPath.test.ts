import { describe, expect, it } from 'vitest';
import { lineOfOffset, lineStarts } from './lineIndex';
import { parseGoToTarget } from './jsonPath';
import { jsonStructure } from './jsonStructure';
import { locateJsonPath } from './locateJsonPath';
import { NAVIGATION_DOC } from './navigationFixture';

const structure = jsonStructure(NAVIGATION_DOC);
const starts = lineStarts(NAVIGATION_DOC);

function locate(input: string) {
  const target = parseGoToTarget(input);
  if (target.kind !== 'path') throw new Error(`${input} is not a path`);
  return locateJsonPath(NAVIGATION_DOC, structure, target.segments);
}

describe('locateJsonPath', () => {
  it.each([
    ['/', undefined, undefined],
    ['$', 0, NAVIGATION_DOC],
    ['/data/1/name', 12, '"b"'],
    ['data[1].name', 12, '"b"'],
    ['data.1.name', 12, '"b"'],
    ['/data/0/items/1', 6, '20'],
    ['data[0].items', 4, '[\n        10,\n        20\n      ]'],
    ['/meta/a~1b', 16, '"x"'],
    ['meta["~t"]', 17, 'true'],
    ['/empty', 19, '{}'],
  ])('%s is on line %s: %s', (input, line, value) => {
    const location = locate(input);
    if (line === undefined) {
      expect(location.ok).toBe(false);
      return;
    }
    if (!location.ok) throw new Error(location.message);
    expect(lineOfOffset(starts, location.start)).toBe(line);
    expect(NAVIGATION_DOC.slice(location.start, location.end)).toBe(value);
  });

  it('gives the key of a member, to put the cursor on its line', () => {
    const location = locate('/data/1/name');
    expect(location.ok && NAVIGATION_DOC.slice(location.keyStart, location.keyEnd)).toBe('"name"');
  });

  it.each([
    ['/data/5', '/data has no item 5: its items are 0 to 1.', ['data']],
    ['/data/x', '/data is an array: "x" is not an index (its items are 0 to 1).', ['data']],
    ['/meta/zz', '/meta has no key "zz" (its keys: "a/b", "~t").', ['meta']],
    ['/data/0/id/x', '/data/0/id is a number: it has no "x".', ['data', '0', 'id']],
    ['/empty/a', '/empty is an empty object: it has no "a".', ['empty']],
    ['/data/1/items/0', '/data/1/items has no item 0: it is empty.', ['data', '1', 'items']],
    ['/nope', 'The document has no key "nope" (its keys: "data", "meta", "empty").', []],
  ])('explains why %s leads nowhere', (input, message, found) => {
    const location = locate(input);
    expect(location).toMatchObject({ ok: false, message, found });
  });

  it('groups the digits of every index it names', () => {
    const text = `[${Array.from({ length: 9000 }, (_, i) => i).join(',')}]`;
    const locate9000 = (input: string) => {
      const target = parseGoToTarget(input);
      if (target.kind !== 'path') throw new Error(`${input} is not a path`);
      return locateJsonPath(text, jsonStructure(text), target.segments);
    };
    expect(locate9000('/99999')).toMatchObject({
      message: 'The document has no item 99,999: its items are 0 to 8,999.',
    });
    expect(locate9000('/x')).toMatchObject({
      message: 'The document is an array: "x" is not an index (its items are 0 to 8,999).',
    });
  });

  it('takes the last of duplicate keys, as JSON.parse does', () => {
    const text = '{"a": 1, "a": 2}';
    const location = locateJsonPath(text, jsonStructure(text), ['a']);
    expect(location.ok && text.slice(location.start, location.end)).toBe('2');
  });

  it('says so for an empty document', () => {
    expect(locateJsonPath('  ', jsonStructure('  '), ['a'])).toMatchObject({
      ok: false,
      message: 'The document is empty.',
    });
  });
});
