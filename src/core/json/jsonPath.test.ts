import { describe, expect, it } from 'vitest';
import { parseGoToTarget, toAccessorPath, toJsonPointer, type JsonPathSegment } from './jsonPath';

describe('path notations', () => {
  it.each<[JsonPathSegment[], string, string]>([
    [[], '', ''],
    [['data', 3, 'items'], '/data/3/items', 'data[3].items'],
    [[0, 'id'], '/0/id', '[0].id'],
    [['a/b', '~t'], '/a~1b/~0t', '["a/b"]["~t"]'],
    [['first name', '$ok', '_x1'], '/first name/$ok/_x1', '["first name"].$ok._x1'],
    [['3d', ''], '/3d/', '["3d"][""]'],
  ])('%j is %j and %j', (segments, pointer, accessor) => {
    expect(toJsonPointer(segments)).toBe(pointer);
    expect(toAccessorPath(segments)).toBe(accessor);
  });
});

describe('parseGoToTarget', () => {
  it.each([
    ['120', { kind: 'line', line: 120 }],
    [' 120:8 ', { kind: 'line', line: 120, column: 8 }],
    ['/data/3/items', { kind: 'path', segments: ['data', '3', 'items'] }],
    ['#/a~1b/~0t', { kind: 'path', segments: ['a/b', '~t'] }],
    ['/', { kind: 'path', segments: [''] }],
    ['data[3].items', { kind: 'path', segments: ['data', 3, 'items'] }],
    ['$.data[3].items', { kind: 'path', segments: ['data', 3, 'items'] }],
    ['.data[3].items', { kind: 'path', segments: ['data', 3, 'items'] }],
    ['$', { kind: 'path', segments: [] }],
    ['data.3.items', { kind: 'path', segments: ['data', '3', 'items'] }],
    ['[0].id', { kind: 'path', segments: [0, 'id'] }],
    ['meta["a.b"]', { kind: 'path', segments: ['meta', 'a.b'] }],
    ["meta['it\\'s']", { kind: 'path', segments: ['meta', "it's"] }],
    ['x-request-id.value', { kind: 'path', segments: ['x-request-id', 'value'] }],
  ])('%j', (input, target) => {
    expect(parseGoToTarget(input)).toEqual(target);
  });

  it.each([
    ['', /Type a line number/],
    ['data[3', /never closed/],
    ['data[]', /Empty brackets/],
    ['data..x', /name is missing/],
    ['data["x"', /never closed|expected/],
  ])('rejects %j', (input, message) => {
    const target = parseGoToTarget(input);
    expect(target.kind).toBe('invalid');
    if (target.kind === 'invalid') expect(target.message).toMatch(message);
  });
});
