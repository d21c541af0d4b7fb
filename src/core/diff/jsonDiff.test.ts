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

/** The fields these tables check; both pointers, key and readable path have their own tests. */
const brief = (changes: BodyChange[]): BodyChange[] =>
  changes.map(({ path, change, a, b, from }) => ({
    path,
    change,
    ...(a !== undefined && { a }),
    ...(b !== undefined && { b }),
    ...(from !== undefined && { from }),
  }));

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
    expect(brief(changesOf(a, b))).toEqual(expected);
  });
});

const items = (...ids: (number | string)[]): string => JSON.stringify(ids.map((id) => ({ id, v: `v${id}` })));

describe('diffJson: arrays', () => {
  it('matches items by id: a reorder shows as moves, edits inside matched items', () => {
    const a = '[{"id":1,"v":"a"},{"id":2,"v":"b"},{"id":3,"v":"c"},{"id":4,"v":"d"}]';
    const b = '[{"id":4,"v":"d"},{"id":1,"v":"a"},{"id":2,"v":"B"},{"id":3,"v":"c"}]';
    expect(brief(changesOf(a, b))).toEqual([
      { path: '/0', change: 'moved', from: '/3' },
      { path: '/2/v', change: 'changed', a: '"b"', b: '"B"' },
    ]);
  });

  it('a moved and edited item reports both', () => {
    const a = '[{"id":1,"v":"a"},{"id":2,"v":"b"},{"id":3,"v":"c"}]';
    const b = '[{"id":2,"v":"b"},{"id":3,"v":"c"},{"id":1,"v":"A"}]';
    expect(brief(changesOf(a, b))).toEqual([
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
    const changes = brief(changesOf(make([1, 2, 3, 4, 5]), make([1, 2, 4, 3, 5])));
    expect(changes).toEqual([{ path: '/2', change: 'moved', from: '/3' }]);
  });

  it('64-bit ids that JavaScript numbers would merge are different keys', () => {
    const a = '[{"id":9007199254740993,"v":1},{"id":9007199254740992,"v":2}]';
    const b = '[{"id":9007199254740992,"v":2},{"id":9007199254740993,"v":1}]';
    expect(brief(changesOf(a, b))).toEqual([{ path: '/0', change: 'moved', from: '/1' }]);
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
    [
      'auto without a key keeps the identical item; the other is replaced',
      { arrayKey: 'auto' },
      [
        ['added', '/0'],
        ['removed', '/1'],
      ],
    ],
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
    expect(brief(changesOf(a, b))).toEqual([{ path: '/1/v', change: 'changed', a: '"b"', b: '"c"' }]);
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
    expect({ changes: result.changes, ignored: result.ignored }).toEqual({ changes: [], ignored: 2 });
  });
});

describe('diffJson: values, not text', () => {
  it.each<[string, string, string, DiffOptions, string[][]]>([
    [
      'a reorder of differently formatted items is a move',
      '[0,{"a":1}]',
      '[{"a": 1},0]',
      {},
      [['moved', '/1', '/0']],
    ],
    [
      'an escaped string is found again after a reorder',
      '["\\u0061","b"]',
      '["b","a"]',
      {},
      [['moved', '/1', '/0']],
    ],
    [
      'ignore order compares objects by value',
      '[{"b":1,"a":2}]',
      '[{"a":2,"b":1}]',
      { ignoreArrayOrder: true },
      [],
    ],
    ['ignore order with escapes', '["\\u00e9",1]', '[1,"é"]', { ignoreArrayOrder: true }, []],
    ['duplicates: an edit is one change', '[1,2,1]', '[9,2,1]', {}, [['changed', '/0', '/0']]],
    ['duplicates: a removal', '[1,1,2]', '[1,2]', {}, [['removed', '/1']]],
    [
      'edits among repeated values stay edits',
      '[1,2,3]',
      '[2,2,4]',
      {},
      [
        ['changed', '/0', '/0'],
        ['changed', '/2', '/2'],
      ],
    ],
    [
      'number text still counts',
      '[1.0,2]',
      '[2,1]',
      {},
      [
        ['added', '/1'],
        ['removed', '/0'],
      ],
    ],
  ])('%s', (_label, a, b, options, expected) => {
    const changes = changesOf(a, b, options).map((c) =>
      c.change === 'removed' || c.change === 'added'
        ? [c.change, c.path]
        : [c.change, c.aPath ?? '', c.bPath ?? ''],
    );
    expect(changes).toEqual(expected);
  });
});

describe('diffJson: both sides named', () => {
  const a = '{"data":[{"id":3,"stock":5},{"id":7,"stock":21},{"id":9,"stock":1}]}';
  const b = '{"data":[{"id":9,"stock":1},{"id":3,"stock":5},{"id":7,"stock":0},{"id":8,"stock":2}]}';

  it('a change inside an id-matched item names the item in A and in B, and its key', () => {
    const change = changesOf(a, b).find((c) => c.change === 'changed');
    expect(change).toEqual({
      path: '/data/2/stock',
      change: 'changed',
      a: '21',
      b: '0',
      aPath: '/data/1/stock',
      bPath: '/data/2/stock',
      readablePath: '/data[id=7]/stock',
      key: { name: 'id', value: '7' },
    });
  });

  it('moves, additions and removals carry the pointers they have, the key and the container', () => {
    const changes = changesOf(a.replace('{"id":3,"stock":5},', ''), b);
    expect(changes).toEqual([
      {
        path: '/data/0',
        change: 'moved',
        from: '/data/1',
        aPath: '/data/1',
        bPath: '/data/0',
        readablePath: '/data[id=9]',
        key: { name: 'id', value: '9' },
      },
      {
        path: '/data/1',
        change: 'added',
        b: '{"id":3,"stock":5}',
        bPath: '/data/1',
        readablePath: '/data[id=3]',
        key: { name: 'id', value: '3' },
        parent: { aPath: '/data', bPath: '/data', kind: 'array' },
      },
      expect.objectContaining({
        path: '/data/2/stock',
        aPath: '/data/0/stock',
        readablePath: '/data[id=7]/stock',
      }),
      expect.objectContaining({ path: '/data/3', change: 'added', readablePath: '/data[id=8]' }),
    ]);
    const removed = changesOf(a, '{"data":[]}')[0];
    expect(removed).toEqual({
      path: '/data/0',
      change: 'removed',
      a: '{"id":3,"stock":5}',
      aPath: '/data/0',
      readablePath: '/data/0',
      parent: { aPath: '/data', bPath: '/data', kind: 'array' },
    });
  });

  it('string keys are named with their quotes, unkeyed items by their index', () => {
    const changes = changesOf('{"x":[{"name":"a","v":1}],"y":[[1]]}', '{"x":[{"name":"a","v":2}],"y":[[2]]}');
    expect(changes.map((c) => c.readablePath)).toEqual(['/x[name="a"]/v', '/y/0/0']);
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
    const depth = 100_000;
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
