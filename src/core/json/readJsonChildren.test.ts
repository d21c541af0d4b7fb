import { describe, expect, it } from 'vitest';
import type { JsonNode } from './jsonTree.types';
import { parseJsonTree } from './parseJsonTree';
import { jsonRootSpan, readArrayItems, readObjectMembers } from './readJsonChildren';

function tree(text: string): JsonNode {
  const parsed = parseJsonTree(text);
  if (!parsed.ok) throw new Error('test input must be valid JSON');
  return parsed.root;
}

/** The full tree is the oracle: one lazy level must find the same spans and decoded keys. */
describe('readJsonChildren', () => {
  it.each([
    ['[]'],
    ['[ ]'],
    ['[1]'],
    ['[1, "two" ,[3, [4]], {"a": [5]}, true, null]'],
    ['[\n  {"x": "]"},\n  "[",\n  -0.5e2\n]'],
  ])('array items of %s', (text) => {
    const root = tree(text);
    if (root.type !== 'array') throw new Error('expected an array');
    expect(readArrayItems(text, root)).toEqual(root.items.map(({ start, end }) => ({ start, end })));
  });

  it.each([
    ['{}'],
    ['{ }'],
    ['{"a":1}'],
    ['{ "a" : {"b": [1, 2]} , "c":"}" }'],
    ['{"caf\\u00e9": 1, "a/b": [], "dup": 1, "dup": 2}'],
    ['{"q\\"": "x", "": null}'],
  ])('object members of %s', (text) => {
    const root = tree(text);
    if (root.type !== 'object') throw new Error('expected an object');
    expect(readObjectMembers(text, root)).toEqual(
      root.entries.map(({ key, value }) => ({ key, value: { start: value.start, end: value.end } })),
    );
  });

  it.each([['1'], ['  [1, 2]  \n'], ['\uFEFF{"bom": true}'], ['\t"s" '], ['{"a":{}}\r\n']])(
    'root span of %j',
    (text) => {
      const root = tree(text);
      expect(jsonRootSpan(text)).toEqual({ start: root.start, end: root.end });
    },
  );
});
