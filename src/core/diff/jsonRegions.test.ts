import { describe, expect, it } from 'vitest';
import { compareResponses } from './compareResponses';
import type { DiffRegion } from './diff.types';
import type { HttpResponse } from '../types';

const response = (body: string): HttpResponse => ({
  httpVersion: '1.1',
  status: 200,
  reason: '',
  headers: [],
  body,
});

function regionsOf(a: string, b: string, sortKeys = true) {
  return compareResponses(response(a), response(b), { sortKeys });
}

/** A region as rows of text: `a | b` with a mark for the row's kind. */
const rowsText = (region: DiffRegion | undefined): string[] =>
  (region?.rows ?? []).map((row) => {
    if (row.kind === 'folded') return `… ${row.folded} unchanged`;
    const mark = { same: ' ', changed: '~', added: '+', removed: '-' }[row.kind];
    return `${mark} ${region?.aLines[row.a] ?? ''} | ${region?.bLines[row.b] ?? ''}`.trimEnd();
  });

describe('jsonRegions', () => {
  const a = '{"data":[{"id":3,"stock":5},{"id":7,"name":"Widget","stock":21}]}';
  const b = '{"data":[{"id":7,"name":"Widget","stock":0},{"id":3,"stock":5}]}';

  it('shows a change inside an id-matched item in the whole item, on both sides, aligned', () => {
    const { diff, regions } = regionsOf(a, b);
    const stock = diff.body.changes.findIndex((c) => c.change === 'changed');
    const region = regions.find((r) => r.changes.includes(stock));
    expect(region).toMatchObject({ title: '/data[id=7]', aPath: '/data/1', bPath: '/data/0' });
    expect(rowsText(region)).toEqual([
      '  { | {',
      '    "id": 7, |   "id": 7,',
      '    "name": "Widget", |   "name": "Widget",',
      '~   "stock": 21 |   "stock": 0',
      '  } | }',
    ]);
    expect(region?.spans[region.changes.indexOf(stock)]).toEqual([3, 3]);
  });

  it('shows a moved item facing its counterpart, with the changes inside it', () => {
    const { diff, regions } = regionsOf(a, b);
    const moved = diff.body.changes.findIndex((c) => c.change === 'moved');
    expect(regions).toHaveLength(1);
    expect(regions[0]?.changes).toContain(moved);
  });

  it('shows an added item alone on its side and a removed member inside its item', () => {
    const { regions } = regionsOf('[{"id":1,"x":true}]', '[{"id":1},{"id":2}]');
    expect(regions.map(rowsText)).toEqual([
      ['  { | {', '    "id": 1, |   "id": 1', '-   "x": true |', '  } | }'],
      ['+  | {', '+  |   "id": 2', '+  | }'],
    ]);
  });

  it('shows changes outside any item as the values, with their key', () => {
    const { regions } = regionsOf('{"meta":{"count":1,"next":null}}', '{"meta":{"count":2,"next":"/p2"}}');
    expect(regions.map(rowsText)).toEqual([
      ['~ "count": 1 | "count": 2'],
      ['~ "next": null | "next": "/p2"'],
    ]);
  });

  it('keeps tokens as written and cuts huge lines', () => {
    const long = 'x'.repeat(5000);
    const { regions } = regionsOf(
      `[{"id":1,"v":1.10,"s":"${long}"}]`,
      `[{"id":1,"v":1.1,"s":"\\u0078${long}"}]`,
    );
    const lines = regions[0]?.bLines ?? [];
    expect(lines).toContain('  "v": 1.1');
    expect(lines.find((l) => l.includes('"s"'))).toMatch(/… \(3,0\d\d more characters\)$/);
  });

  it('folds long unchanged stretches of an item, keeping three lines around each change', () => {
    const members = (stock: number): string =>
      Array.from({ length: 12 }, (_, i) => `"m${String(i).padStart(2, '0')}":${i}`).join(',') +
      `,"stock":${stock}`;
    const { regions } = regionsOf(`[{"id":1,${members(5)}}]`, `[{"id":1,${members(6)}}]`);
    expect(rowsText(regions[0])).toEqual([
      '  { | {',
      '    "id": 1, |   "id": 1,',
      '    "m00": 0, |   "m00": 0,',
      '… 8 unchanged',
      '    "m09": 9, |   "m09": 9,',
      '    "m10": 10, |   "m10": 10,',
      '    "m11": 11, |   "m11": 11,',
      '~   "stock": 5 |   "stock": 6',
      '  } | }',
    ]);
    expect(regions[0]?.spans).toEqual([[7, 7]]);
  });

  it('does not sort keys when asked not to', () => {
    const { regions } = regionsOf('[{"id":1,"b":1,"a":1}]', '[{"id":1,"b":2,"a":1}]', false);
    expect(regions[0]?.bLines).toEqual(['{', '  "id": 1,', '  "b": 2,', '  "a": 1', '}']);
  });
});
