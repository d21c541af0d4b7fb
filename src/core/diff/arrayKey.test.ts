import { describe, it, expect } from 'vitest';
import { parseJsonTree } from '../json/parseJsonTree';
import type { JsonNode } from '../json/jsonTree.types';
import { chooseArrayKey } from './arrayKey';

function itemsOf(text: string): JsonNode[] {
  const parsed = parseJsonTree(text);
  if (!parsed.ok || parsed.root.type !== 'array') throw new Error('test input must be a JSON array');
  return parsed.root.items;
}

function keyFor(a: string, b: string, preference?: string): string | undefined {
  return chooseArrayKey(a, itemsOf(a), b, itemsOf(b), preference)?.key;
}

describe('chooseArrayKey', () => {
  it.each<[string, string, string, string | undefined, string | undefined]>([
    [
      'id preferred over name',
      '[{"id":1,"name":"a"},{"id":2,"name":"b"}]',
      '[{"id":2,"name":"b"}]',
      'auto',
      'id',
    ],
    ['falls back to _id', '[{"_id":"x"},{"_id":"y"}]', '[{"_id":"y"}]', 'auto', '_id'],
    [
      'skips a duplicated id for unique names',
      '[{"id":1,"name":"a"},{"id":1,"name":"b"}]',
      '[{"id":1,"name":"a"}]',
      'auto',
      'name',
    ],
    ['needs most items of A', '[{"id":1},{"x":1},{"x":2}]', '[{"id":1}]', 'auto', undefined],
    ['needs most items of B', '[{"id":1},{"id":2}]', '[{"id":1},{"x":1},{"x":2}]', 'auto', undefined],
    [
      'object values do not identify',
      '[{"id":{"n":1}},{"id":{"n":2}}]',
      '[{"id":{"n":1}}]',
      'auto',
      undefined,
    ],
    ['primitives have no key', '[1,2,3]', '[3,2,1]', 'auto', undefined],
    ['none disables keys', '[{"id":1}]', '[{"id":1}]', 'none', undefined],
    ['explicit key, even on few items', '[{"sku":"a"},{"x":1},{"x":2}]', '[{"sku":"a"}]', 'sku', 'sku'],
    ['explicit key absent: auto-detection', '[{"id":1}]', '[{"id":1}]', 'sku', 'id'],
  ])('%s', (_label, a, b, preference, expected) => {
    expect(keyFor(a, b, preference)).toBe(expected);
  });

  it('decodes escaped string keys so both spellings match', () => {
    const a = '[{"id":"\\u0061"},{"id":"b"}]';
    const b = '[{"id":"a"},{"id":"b"}]';
    const keys = chooseArrayKey(a, itemsOf(a), b, itemsOf(b));
    expect(keys?.keysA[0]).toBe(keys?.keysB[0]);
  });

  it('keeps number and string keys apart', () => {
    const a = '[{"id":1},{"id":2}]';
    const b = '[{"id":"1"},{"id":"2"}]';
    const keys = chooseArrayKey(a, itemsOf(a), b, itemsOf(b));
    expect(keys?.keysA[0]).not.toBe(keys?.keysB[0]);
  });
});
