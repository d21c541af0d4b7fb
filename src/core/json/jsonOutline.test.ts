import { describe, expect, it } from 'vitest';
import { jsonOutline, type OutlineEntry } from './jsonOutline';
import { toAccessorPath } from './jsonPath';
import { jsonStructure } from './jsonStructure';
import { NAVIGATION_DOC } from './navigationFixture';

function flat(entry: OutlineEntry | undefined): string[] {
  if (!entry) return [];
  const self = `${toAccessorPath(entry.path) || '(root)'} ${entry.kind}${entry.size === undefined ? ` ${entry.preview}` : ` ${entry.size}`}${entry.more ? ` +${entry.more}` : ''}`;
  return [self, ...entry.children.flatMap(flat)];
}

describe('jsonOutline', () => {
  it('lists the top two levels with kinds, sizes and previews', () => {
    expect(flat(jsonOutline(NAVIGATION_DOC, jsonStructure(NAVIGATION_DOC)))).toEqual([
      '(root) object 3',
      'data array 2',
      'data[0] object 2',
      'data[1] object 3',
      'meta object 2',
      'meta["a/b"] string "x"',
      'meta["~t"] boolean true',
      'empty object 0',
    ]);
  });

  it('points at the key of a member and counts what it leaves out', () => {
    const text = `{"items": [${Array.from({ length: 8 }, (_, i) => i).join(',')}], "long": "${'x'.repeat(80)}"}`;
    const outline = jsonOutline(text, jsonStructure(text), 2, 3);
    const items = outline?.children[0];
    expect(items?.children.map((c) => c.segment)).toEqual([0, 1, 2]);
    expect(items?.more).toBe(5);
    expect(text.startsWith('"items"', items?.offset)).toBe(true);
    expect(outline?.children[1]?.preview).toHaveLength(40);
    expect(outline?.children[1]?.preview?.endsWith('…')).toBe(true);
  });

  it('has nothing for an empty text, and a single entry for a primitive', () => {
    expect(jsonOutline('  ', jsonStructure('  '))).toBeUndefined();
    expect(flat(jsonOutline('12', jsonStructure('12')))).toEqual(['(root) number 12']);
  });
});
