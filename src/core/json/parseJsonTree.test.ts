import { describe, expect, it } from 'vitest';
import type { JsonNode } from './jsonTree.types';
import { parseJsonTree } from './parseJsonTree';

/** Rebuilds a plain value from the tree (numbers kept as their source text) to compare structures. */
function toValue(text: string, node: JsonNode): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries(node.entries.map((e) => [e.key, toValue(text, e.value)]));
    case 'array':
      return node.items.map((item) => toValue(text, item));
    case 'string':
      return JSON.parse(text.slice(node.start, node.end));
    case 'number':
      return `#${text.slice(node.start, node.end)}`;
    default:
      return node.type === 'null' ? null : node.type === 'true';
  }
}

function parseOk(text: string): JsonNode {
  const result = parseJsonTree(text);
  if (!result.ok) throw new Error(`unexpected error: ${result.error.message}`);
  return result.root;
}

describe('parseJsonTree', () => {
  it.each([
    [
      '{"a": 1, "b": [true, false, null], "c": {"d": "x"}}',
      { a: '#1', b: [true, false, null], c: { d: 'x' } },
    ],
    ['[]', []],
    ['{}', {}],
    ['[ [ ], { } ]', [[], {}]],
    ['  "top"  ', 'top'],
    ['12345678901234567890', '#12345678901234567890'],
    ['[1.10, -0, 1E+400]', ['#1.10', '#-0', '#1E+400']],
    ['{"caf\\u00e9": "\\u00e9"}', { café: 'é' }],
    ['\uFEFF{"bom": true}', { bom: true }],
  ])('parses %s', (text, expected) => {
    expect(toValue(text, parseOk(text))).toEqual(expected);
  });

  it('records exact source spans for every node and key', () => {
    const text = '{ "id" : 12345678901234567890 , "list": [ 1.0 , "x" ] }';
    const root = parseOk(text);
    expect(root).toMatchObject({ type: 'object', start: 0, end: text.length });
    if (root.type !== 'object') throw new Error('object expected');
    const [id, list] = root.entries;
    expect(text.slice(id?.keyStart, (id?.keyStart ?? 0) + 4)).toBe('"id"');
    expect(text.slice(id?.value.start, id?.value.end)).toBe('12345678901234567890');
    expect(text.slice(list?.value.start, list?.value.end)).toBe('[ 1.0 , "x" ]');
    if (list?.value.type !== 'array') throw new Error('array expected');
    expect(list.value.items.map((n) => text.slice(n.start, n.end))).toEqual(['1.0', '"x"']);
  });

  it('keeps duplicate keys in order', () => {
    const root = parseOk('{"a": 1, "a": 2}');
    expect(root.type === 'object' && root.entries.map((e) => e.key)).toEqual(['a', 'a']);
  });

  it.each([
    ['[1, 2}', 1, 6, 'does not match'],
    ['{"a": 1,}', 1, 8, 'Trailing comma'],
    ['{\n  "a": tru\n}', 2, 8, 'Did you mean'],
    ['', 1, 1, 'Nothing to check'],
    ['[1] [2]', 1, 5, 'after the end'],
    ['{"a"', 1, 5, 'never closed'],
  ])('rejects %j with the checker error at %i:%i', (text, line, column, words) => {
    const result = parseJsonTree(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ line, column });
    expect(`${result.error.message} ${result.error.hint ?? ''}`).toContain(words);
  });

  it.each([
    ['arrays', '[', ']'],
    ['objects', '{"a":', '}'],
  ])('parses 200,000 nested %s without recursion', (_name, open, close) => {
    const depth = 200_000;
    const text = open.repeat(depth) + '0' + close.repeat(depth);
    let node = parseOk(text);
    let levels = 0;
    while (node.type === 'array' || node.type === 'object') {
      const next: JsonNode | undefined = node.type === 'array' ? node.items[0] : node.entries[0]?.value;
      if (next === undefined) break;
      node = next;
      levels++;
    }
    expect(levels).toBe(depth);
    expect(node).toMatchObject({ type: 'number', start: depth * open.length });
  });

  it('rejects 200,000 unclosed brackets with an unclosed-bracket error', () => {
    const result = parseJsonTree('['.repeat(200_000));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('never closed');
  });
});
