import { describe, expect, it } from 'vitest';
import { diffResponses } from '../diff/diffResponses';
import type { DiffOptions, HttpResponse } from '../types';
import { diffToJsonPatch } from './jsonPatch';

const response = (body: string): HttpResponse => ({
  httpVersion: '1.1',
  status: 200,
  reason: 'OK',
  headers: [{ name: 'Content-Type', value: 'application/json' }],
  body,
});

const patchOf = (a: string, b: string, options?: DiffOptions, mask = false): unknown =>
  JSON.parse(diffToJsonPatch(diffResponses(response(a), response(b), options), { maskSecrets: mask }));

describe('diffToJsonPatch', () => {
  it.each<[string, string, string, unknown[]]>([
    ['no change', '{"a":1}', '{ "a" : 1 }', []],
    ['a value changes', '{"a":1}', '{"a":2}', [{ op: 'replace', path: '/a', value: 2 }]],
    ['a member appears', '{"a":1}', '{"a":1,"b":[true]}', [{ op: 'add', path: '/b', value: [true] }]],
    ['a member goes', '{"a":1,"b":2}', '{"a":1}', [{ op: 'remove', path: '/b' }]],
    [
      'keys with ~ and /',
      '{"a/b":{"c~d":1}}',
      '{"a/b":{"c~d":2}}',
      [{ op: 'replace', path: '/a~1b/c~0d', value: 2 }],
    ],
    ['the root changes', '1', '[1]', [{ op: 'replace', path: '', value: [1] }]],
    [
      'items removed from the end first',
      '[0,1,2,3]',
      '[0,2]',
      [
        { op: 'remove', path: '/3' },
        { op: 'remove', path: '/1' },
      ],
    ],
    ['an item moves once', '[1,2,3,4,5]', '[2,3,4,5,1]', [{ op: 'move', from: '/0', path: '/4' }]],
    ['an item is inserted where B has it', '[1,3]', '[1,2,3]', [{ op: 'add', path: '/1', value: 2 }]],
    [
      'changes inside an item come before its array is reordered',
      '[{"id":1,"v":"a"},{"id":2,"v":"b"}]',
      '[{"id":2,"v":"B"},{"id":1,"v":"a"}]',
      [
        { op: 'replace', path: '/1/v', value: 'B' },
        { op: 'move', from: '/1', path: '/0' },
      ],
    ],
  ])('%s', (_label, a, b, expected) => {
    expect(patchOf(a, b)).toEqual(expected);
  });

  it('writes values exactly as B has them: number text and escapes kept, whitespace removed', () => {
    const text = diffToJsonPatch(
      diffResponses(response('{"a":1}'), response('{"a": [1.10, 12345678901234567890, "\\u00e9"] }')),
    );
    expect(text).toBe(
      '[\n  { "op": "replace", "path": "/a", "value": [1.10,12345678901234567890,"\\u00e9"] }\n]\n',
    );
  });

  it('masks secret-looking values on request', () => {
    expect(
      patchOf('{"token":"a","user":{}}', '{"token":"b","user":{"password":"p","name":"n"}}', {}, true),
    ).toEqual([
      { op: 'replace', path: '/token', value: '•••' },
      { op: 'add', path: '/user/password', value: '•••' },
      { op: 'add', path: '/user/name', value: 'n' },
    ]);
    expect(patchOf('{"user":1}', '{"user":{"password":"p"}}', {}, true)).toEqual([
      { op: 'replace', path: '/user', value: { password: '•••' } },
    ]);
  });

  it.each([
    ['text bodies', 'plain', 'text'],
    ['no bodies', '', ''],
  ])('is empty for %s', (_label, a, b) => {
    expect(diffToJsonPatch(diffResponses(response(a), response(b)))).toBe('[]');
  });
});
