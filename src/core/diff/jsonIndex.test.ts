import { describe, expect, it } from 'vitest';
import { jsonRootSpan } from '../json/readJsonChildren';
import { indexJson, type JsonIndex } from './jsonIndex';
import { childrenOf, keyOf, sameHash, sameJsonValue, textOf } from './sameJsonValue';

const index = (text: string): JsonIndex => indexJson(text, jsonRootSpan(text));

describe('indexJson', () => {
  it('lists every value in document order with its span, subtree end and key', () => {
    const text = ' {"a": [1, {"b": null}], "c\\u0064": "x"} ';
    const idx = index(text);
    expect(idx.count).toBe(6);
    expect(Array.from({ length: idx.count }, (_, i) => textOf(idx, i))).toEqual([
      '{"a": [1, {"b": null}], "c\\u0064": "x"}',
      '[1, {"b": null}]',
      '1',
      '{"b": null}',
      'null',
      '"x"',
    ]);
    expect([...idx.next]).toEqual([6, 5, 3, 5, 5, 6]);
    expect(childrenOf(idx, 0)).toEqual([1, 5]);
    expect(childrenOf(idx, 1)).toEqual([2, 3]);
    expect([keyOf(idx, 1), keyOf(idx, 5)]).toEqual(['a', 'cd']);
    expect(idx.keyAt[2]).toBe(-1);
  });

  it.each([
    ['whitespace', '{"a":[1,2]}', '{ "a" : [ 1 , 2 ] }'],
    ['key order', '{"a":1,"b":{"c":2,"d":3}}', '{"b":{"d":3,"c":2},"a":1}'],
    ['string escapes', '["\\u0061\\n\\/"]', '["a\\n/"]'],
    ['escaped keys', '{"\\u0061":1}', '{"a":1}'],
    ['duplicate keys: the last one counts', '{"a":1,"a":2}', '{"a":2}'],
    [
      'duplicate keys in a big object',
      `{${keys(40)},"k3":"last"}`,
      `{${keys(40).replace('"k3":3', '"k3":"last"')}}`,
    ],
    ['empty containers', '[{},[]]', '[ { } , [ ] ]'],
  ])('equal values hash alike and compare equal: %s', (_label, a, b) => {
    const x = index(a);
    const y = index(b);
    expect(sameHash(x, 0, y, 0)).toBe(true);
    expect(sameJsonValue(x, 0, y, 0)).toBe(true);
  });

  it.each([
    ['number text', '[1.0]', '[1]'],
    ['64-bit ids one apart', '[9007199254740993]', '[9007199254740992]'],
    ['number and string', '[1]', '["1"]'],
    ['array order', '[1,2]', '[2,1]'],
    ['nesting', '[[1],2]', '[1,[2]]'],
    ['key and value swapped', '{"a":"b"}', '{"b":"a"}'],
    ['empty object and array', '{}', '[]'],
    ['a missing member', '{"a":1,"b":2}', '{"a":1}'],
    ['a duplicate key whose last value differs', '{"a":1,"a":2}', '{"a":1}'],
    ['true and null', '[true]', '[null]'],
  ])('different values differ: %s', (_label, a, b) => {
    const x = index(a);
    const y = index(b);
    expect(sameHash(x, 0, y, 0)).toBe(false);
    expect(sameJsonValue(x, 0, y, 0)).toBe(false);
  });

  it.each([
    ['[1,[2,3],{"a":[4,5]}]', '[{"a":[5,4]},[3,2],1]', true],
    ['[1,1,2]', '[1,2,2]', false],
    ['[[1,2]]', '[[1],[2]]', false],
  ])('unordered arrays: %s and %s equal: %s', (a, b, equal) => {
    const x = indexJson(a, jsonRootSpan(a), { unorderedArrays: true });
    const y = indexJson(b, jsonRootSpan(b), { unorderedArrays: true });
    expect(sameHash(x, 0, y, 0)).toBe(equal);
    expect(sameJsonValue(x, 0, y, 0, true)).toBe(equal);
    expect(sameJsonValue(index(a), 0, index(b), 0)).toBe(false);
  });

  it('indexes a 200,000-level chain without recursion', () => {
    const depth = 200_000;
    const idx = index(`${'['.repeat(depth)}1${']'.repeat(depth)}`);
    expect(idx.count).toBe(depth + 1);
    expect(idx.next[0]).toBe(depth + 1);
    expect(textOf(idx, depth)).toBe('1');
  });

  it('reports progress on big documents, ending at 1', () => {
    const text = `[${'"0123456789abcdef",'.repeat(200_000)}0]`;
    const seen: number[] = [];
    indexJson(text, jsonRootSpan(text), { onProgress: (done) => seen.push(done) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((p, q) => p - q)).toEqual(seen);
  });
});

function keys(count: number): string {
  return Array.from({ length: count }, (_, i) => `"k${i}":${i}`).join(',');
}
