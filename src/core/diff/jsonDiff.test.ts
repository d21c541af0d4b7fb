import { describe, it, expect } from 'vitest';
import { parseJsonTree } from '../json/parseJsonTree';
import type { BodyChange, DiffOptions } from '../types';
import { diffJson, type JsonDiff } from './jsonDiff';

function diff(a: string, b: string, options?: DiffOptions): JsonDiff {
  const treeA = parseJsonTree(a);
  const treeB = parseJsonTree(b);
  if (!treeA.ok || !treeB.ok) throw new Error('test input must be valid JSON');
  return diffJson(a, treeA.root, b, treeB.root, options);
}

const changesOf = (a: string, b: string, options?: DiffOptions): BodyChange[] => diff(a, b, options).changes;

describe('diffJson: values', () => {
  it.each<[string, string, string, BodyChange[]]>([
    ['identical text', '{"a":1}', '{"a":1}', []],
    ['only whitespace differs', '{"a": [1, 2]}', '{\n  "a": [1,2]\n}', []],
    ['key order ignored', '{"a":1,"b":{"c":2,"d":3}}', '{"b":{"d":3,"c":2},"a":1}', []],
    [
      'big numbers differ by their text',
      '{"id":12345678901234567890}',
      '{"id":12345678901234567891}',
      [{ path: '/id', change: 'changed', a: '12345678901234567890', b: '12345678901234567891' }],
    ],
    [
      '1.0 and 1.00 are written differently',
      '[1.0]',
      '[1.00]',
      [{ path: '/0', change: 'changed', a: '1.0', b: '1.00' }],
    ],
    ['escaped and literal strings are equal', '{"s":"\\u00e9t\\u00e9"}', '{"s":"été"}', []],
    ['escaped slash equals slash', '["a\\/b"]', '["a/b"]', []],
    ['different strings', '{"s":"x"}', '{"s":"y"}', [{ path: '/s', change: 'changed', a: '"x"', b: '"y"' }]],
    [
      'type change keeps source text',
      '{"v":[1, 2]}',
      '{"v":{"x":1}}',
      [{ path: '/v', change: 'changed', a: '[1, 2]', b: '{"x":1}' }],
    ],
    ['number against string', '{"v":1}', '{"v":"1"}', [{ path: '/v', change: 'changed', a: '1', b: '"1"' }]],
    ['key added', '{"a":1}', '{"a":1,"b":  2}', [{ path: '/b', change: 'added', b: '2' }]],
    ['key removed', '{"a":1,"b":true}', '{"a":1}', [{ path: '/b', change: 'removed', a: 'true' }]],
    ['root scalar', '1', '2', [{ path: '', change: 'changed', a: '1', b: '2' }]],
    [
      'pointer escapes ~ and /',
      '{"a/b":{"c~d":1}}',
      '{"a/b":{"c~d":2}}',
      [{ path: '/a~1b/c~0d', change: 'changed', a: '1', b: '2' }],
    ],
    ['duplicate keys: last one counts', '{"a":1,"a":2}', '{"a":2}', []],
  ])('%s', (_label, a, b, expected) => {
    expect(changesOf(a, b)).toEqual(expected);
  });
});

const items = (...ids: (number | string)[]): string => JSON.stringify(ids.map((id) => ({ id, v: `v${id}` })));

describe('diffJson: arrays', () => {
  it('matches items by id: a reorder shows as moves, edits inside matched items', () => {
    const a = '[{"id":1,"v":"a"},{"id":2,"v":"b"},{"id":3,"v":"c"},{"id":4,"v":"d"}]';
    const b = '[{"id":4,"v":"d"},{"id":1,"v":"a"},{"id":2,"v":"B"},{"id":3,"v":"c"}]';
    expect(changesOf(a, b)).toEqual([
      { path: '/0', change: 'moved', from: '/3' },
      { path: '/2/v', change: 'changed', a: '"b"', b: '"B"' },
    ]);
  });

  it('a moved and edited item reports both', () => {
    const a = '[{"id":1,"v":"a"},{"id":2,"v":"b"},{"id":3,"v":"c"}]';
    const b = '[{"id":2,"v":"b"},{"id":3,"v":"c"},{"id":1,"v":"A"}]';
    expect(changesOf(a, b)).toEqual([
      { path: '/2', change: 'moved', from: '/0' },
      { path: '/2/v', change: 'changed', a: '"a"', b: '"A"' },
    ]);
  });

  it('unmatched keys are added and removed, and shift nothing else', () => {
    const a = items(1, 2, 3);
    const b = items(0, 1, 3, 4);
    expect(changesOf(a, b).map((c) => [c.change, c.path])).toEqual([
      ['added', '/0'],
      ['added', '/3'],
      ['removed', '/1'],
    ]);
  });

  it.each([
    ['id', '{"id":%d,"name":"same"}'],
    ['_id', '{"_id":%d,"name":"same"}'],
    ['uuid', '{"uuid":"u%d","key":"k"}'],
    ['key', '{"key":"k%d"}'],
    ['name', '{"name":"n%d","id":7}'],
  ])('auto-detects %s as the key', (_key, template) => {
    const make = (order: number[]): string =>
      `[${order.map((n) => template.replace('%d', String(n))).join(',')}]`;
    // Swapping two items is one move only if the items were matched by this key.
    const changes = changesOf(make([1, 2, 3, 4, 5]), make([1, 2, 4, 3, 5]));
    expect(changes).toEqual([{ path: '/2', change: 'moved', from: '/3' }]);
  });

  it('64-bit ids that JavaScript numbers would merge are different keys', () => {
    const a = '[{"id":9007199254740993,"v":1},{"id":9007199254740992,"v":2}]';
    const b = '[{"id":9007199254740992,"v":2},{"id":9007199254740993,"v":1}]';
    expect(changesOf(a, b)).toEqual([{ path: '/0', change: 'moved', from: '/1' }]);
  });

  it.each<[string, DiffOptions, string[][]]>([
    [
      'explicit key',
      { arrayKey: 'sku' },
      [
        ['moved', '/0'],
        ['changed', '/0/qty'],
      ],
    ],
    ['auto without a key finds the identical item', { arrayKey: 'auto' }, [['changed', '/0/qty']]],
    [
      'none is positional',
      { arrayKey: 'none' },
      [
        ['changed', '/0/sku'],
        ['changed', '/0/qty'],
        ['changed', '/1/sku'],
        ['changed', '/1/qty'],
      ],
    ],
  ])('%s', (_label, options, expected) => {
    const a = '[{"sku":"x","qty":1},{"sku":"y","qty":2}]';
    const b = '[{"sku":"y","qty":3},{"sku":"x","qty":1}]';
    expect(changesOf(a, b, options).map((c) => [c.change, c.path])).toEqual(expected);
  });

  it('duplicate ids disqualify the candidate', () => {
    const a = '[{"id":1,"v":"a"},{"id":1,"v":"b"}]';
    const b = '[{"id":1,"v":"a"},{"id":1,"v":"c"}]';
    expect(changesOf(a, b)).toEqual([{ path: '/1/v', change: 'changed', a: '"b"', b: '"c"' }]);
  });

  it.each<[string, string, string, string[][]]>([
    ['pure reorder of primitives', '[1,2,3,4]', '[4,1,2,3]', [['moved', '/0', '/3']]],
    [
      'reversal moves all but one',
      '["a","b","c"]',
      '["c","b","a"]',
      [
        ['moved', '/0', '/2'],
        ['moved', '/1', '/1'],
      ],
    ],
    ['insertion shifts nothing', '[1,2,3]', '[0,1,2,3]', [['added', '/0']]],
    ['positional change', '[1,2,3]', '[1,5,3]', [['changed', '/1']]],
    ['removal at the end', '[1,2,3]', '[1,2]', [['removed', '/2']]],
    [
      'objects without key compared in order',
      '[{"a":1},{"a":2}]',
      '[{"a":1},{"a":3}]',
      [['changed', '/1/a']],
    ],
  ])('unkeyed array: %s', (_label, a, b, expected) => {
    expect(changesOf(a, b).map((c) => [c.change, c.path, ...(c.from ? [c.from] : [])])).toEqual(expected);
  });

  it.each<[string, string, string, string[][]]>([
    ['reorder is no change', '[3,1,2]', '[1,2,3]', []],
    [
      'multiset difference',
      '[1,1,2]',
      '[1,2,2]',
      [
        ['added', '/2'],
        ['removed', '/1'],
      ],
    ],
    [
      'replaced value is added and removed',
      '["a","b"]',
      '["b","c"]',
      [
        ['added', '/1'],
        ['removed', '/0'],
      ],
    ],
    [
      'keyed items: no moves, edits kept',
      items(1, 2),
      '[{"id":2,"v":"v2"},{"id":1,"v":"x"}]',
      [['changed', '/1/v']],
    ],
  ])('ignoreArrayOrder: %s', (_label, a, b, expected) => {
    expect(changesOf(a, b, { ignoreArrayOrder: true }).map((c) => [c.change, c.path])).toEqual(expected);
  });
});

describe('diffJson: ignored paths', () => {
  const a = '{"items":[{"id":1,"updatedAt":"x","meta":{"t":1,"deep":{"t":2}}}],"etag":"1","n":1}';
  const b = '{"items":[{"id":1,"updatedAt":"y","meta":{"t":3,"deep":{"t":4}}}],"etag":"2","n":2}';

  it.each<[string, string[], string[], number]>([
    [
      'nothing ignored',
      [],
      ['/items/0/updatedAt', '/items/0/meta/t', '/items/0/meta/deep/t', '/etag', '/n'],
      0,
    ],
    ['exact path', ['/etag'], ['/items/0/updatedAt', '/items/0/meta/t', '/items/0/meta/deep/t', '/n'], 1],
    [
      '* matches one segment',
      ['/items/*/updatedAt'],
      ['/items/0/meta/t', '/items/0/meta/deep/t', '/etag', '/n'],
      1,
    ],
    ['** matches any depth', ['/**/t'], ['/items/0/updatedAt', '/etag', '/n'], 2],
    ['a subtree', ['/items'], ['/etag', '/n'], 1],
    ['the whole document', [''], [], 1],
    [
      'pattern without leading slash',
      ['etag', 'n'],
      ['/items/0/updatedAt', '/items/0/meta/t', '/items/0/meta/deep/t'],
      2,
    ],
  ])('%s', (_label, ignorePaths, paths, ignored) => {
    const result = diff(a, b, { ignorePaths });
    expect(result.changes.map((c) => c.path)).toEqual(paths);
    expect(result.ignored).toBe(ignored);
  });

  it('ignores added and removed values too', () => {
    const result = diff('{"a":1,"gone":1}', '{"a":1,"new":2}', { ignorePaths: ['/gone', '/new'] });
    expect(result).toEqual({ changes: [], ignored: 2 });
  });
});

describe('diffJson: scale', () => {
  it('diffs two 2 MB arrays with moves and edits', () => {
    const count = 10_000;
    const rows = Array.from({ length: count }, (_, i) => ({
      id: i,
      name: `item ${i}`,
      tags: ['a', 'b', String(i % 7)],
      price: (i * 37) % 1000,
      note: 'x'.repeat(140),
    }));
    const edited = rows.map((row) => (row.id % 100 === 5 ? { ...row, price: -1 } : row));
    const moved = edited.filter((row) => row.id % 100 !== 50);
    moved.push(...edited.filter((row) => row.id % 100 === 50));
    const a = JSON.stringify(rows);
    const b = JSON.stringify(moved);
    expect(a.length).toBeGreaterThan(2_000_000);
    const changes = changesOf(a, b);
    expect(changes.filter((c) => c.change === 'moved')).toHaveLength(count / 100);
    expect(changes.filter((c) => c.change === 'changed')).toHaveLength(count / 100);
    expect(changes.find((c) => c.change === 'changed')).toMatchObject({
      path: '/5/price',
      a: '185',
      b: '-1',
    });
  });

  it('handles nesting deeper than the call stack allows', () => {
    const depth = 20_000;
    const a = `${'['.repeat(depth)}1${']'.repeat(depth)}`;
    const b = `${'['.repeat(depth)}2${']'.repeat(depth)}`;
    const changes = changesOf(a, b);
    expect(changes).toHaveLength(1);
    const path = changes[0]?.path ?? '';
    // Compared as lengths so a failure does not print a 100 kB pointer.
    expect(path.length).toBe('/0'.length * depth);
    expect(path.replaceAll('/0', '')).toBe('');
  });
});
