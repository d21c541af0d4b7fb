import { describe, expect, it } from 'vitest';
import { readArrayItemsWithMembers } from './readArrayItemsWithMembers';
import { readArrayItems } from './readJsonChildren';

const NAMES = ['id', 'key'];

describe('readArrayItemsWithMembers', () => {
  it.each<[string, (string | null)[][]]>([
    ['[]', []],
    [
      '[1, "x", [2]]',
      [
        [null, null],
        [null, null],
        [null, null],
      ],
    ],
    [
      '[{"id":1}, {"key":"k","id":2}, {}]',
      [
        ['1', null],
        ['2', '"k"'],
        [null, null],
      ],
    ],
    [
      '[ {"x":{"id":9}} , {"id":3,"id":4} ]',
      [
        [null, null],
        ['4', null],
      ],
    ],
  ])('%s', (text, expected) => {
    const array = { start: 0, end: text.length };
    const { items, starts } = readArrayItemsWithMembers(text, array, NAMES);
    expect(items).toEqual(readArrayItems(text, array));
    const values = items.map((_, i) =>
      NAMES.map((_name, n) => {
        const start = starts[i * NAMES.length + n] ?? -1;
        return start < 0 ? null : (/^[^,}]*/.exec(text.slice(start))?.[0] ?? '');
      }),
    );
    expect(values).toEqual(expected);
  });

  it('grows past its first allocation', () => {
    const text = JSON.stringify(Array.from({ length: 1000 }, (_, id) => ({ id })));
    const { items, starts } = readArrayItemsWithMembers(text, { start: 0, end: text.length }, NAMES);
    expect(items).toHaveLength(1000);
    expect(text.slice(starts[999 * NAMES.length] ?? 0, (starts[999 * NAMES.length] ?? 0) + 3)).toBe('999');
  });
});
