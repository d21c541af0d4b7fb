import { describe, it, expect } from 'vitest';
import type { DiffOptions, Header, HttpResponse } from '../types';
import { DEFAULT_IGNORED_HEADERS, diffResponses } from './diffResponses';

function response(status: number, body: string, headers: Header[] = []): HttpResponse {
  return { httpVersion: 'HTTP/1.1', status, reason: '', headers, body };
}

describe('diffResponses', () => {
  it.each([
    [200, 200, false],
    [200, 500, true],
  ])('status %i vs %i changed: %s', (a, b, changed) => {
    expect(diffResponses(response(a, ''), response(b, '')).status).toEqual({ a, b, changed });
  });

  it.each<[string, string, string, 'json' | 'text' | 'none', RegExp | undefined, string[]]>([
    ['both empty', '', '  \n', 'none', undefined, []],
    ['both JSON', '{"a":1}', '{"a":2}', 'json', undefined, ['changed /a']],
    ['both text', 'ok\nfine', 'ok\nbroken', 'text', undefined, ['changed /lines/2']],
    [
      'JSON against an HTML error page',
      '{"ok":true}',
      '<!DOCTYPE html><html><body>Bad Gateway</body></html>',
      'text',
      /^A is JSON, B is not \(HTML page\): compared as text/,
      ['changed /lines/1'],
    ],
    [
      'text against JSON',
      'Internal error',
      '[1]',
      'text',
      /^B is JSON, A is not \(plain text\)/,
      ['changed /lines/1'],
    ],
    [
      'broken JSON names its error',
      '{"a":1}',
      '{"a":',
      'text',
      /JSON that does not parse, line 1, column/,
      ['changed /lines/1'],
    ],
    ['empty against JSON', '', '{"a":1}', 'json', /A has no body/, ['added ']],
    ['JSON against empty', '[1]\n', '', 'json', /B has no body/, ['removed ']],
  ])('%s', (_label, a, b, kind, note, changes) => {
    const { body } = diffResponses(response(200, a), response(200, b));
    expect(body.kind).toBe(kind);
    if (note) expect(body.note).toMatch(note);
    else expect(body.note).toBeUndefined();
    expect(body.changes.map((c) => `${c.change} ${c.path}`)).toEqual(changes);
  });

  it('uses the default ignore list unless told otherwise', () => {
    const a = response(200, '', [{ name: 'Date', value: 'Mon' }]);
    const b = response(200, '', [{ name: 'Date', value: 'Tue' }]);
    expect(diffResponses(a, b).headers[0]?.ignored).toBe(true);
    expect(diffResponses(a, b, { ignoreHeaders: [] }).headers[0]?.ignored).toBe(false);
    expect(DEFAULT_IGNORED_HEADERS).toContain('Date');
  });

  it.each<[string, HttpResponse, HttpResponse, DiffOptions, string]>([
    ['same responses', response(200, '{"a":1}'), response(200, '{ "a": 1 }'), {}, 'identical'],
    [
      'only volatile headers differ',
      response(200, '[]', [
        { name: 'Date', value: 'Mon' },
        { name: 'X-Request-Id', value: '1' },
        { name: 'CF-Ray', value: 'a' },
      ]),
      response(200, '[]', [
        { name: 'date', value: 'Tue' },
        { name: 'x-request-id', value: '2' },
        { name: 'cf-ray', value: 'b' },
      ]),
      {},
      'identical apart from 3 ignored headers',
    ],
    [
      'status, headers and body with moves',
      response(200, '[{"id":1,"v":1},{"id":2,"v":2},{"id":3,"v":3}]', [
        { name: 'Content-Type', value: 'application/json' },
        { name: 'Date', value: 'Mon' },
      ]),
      response(500, '[{"id":3,"v":3},{"id":1,"v":9},{"id":2,"v":2}]', [
        { name: 'Content-Type', value: 'application/problem+json' },
        { name: 'Date', value: 'Tue' },
      ]),
      {},
      'status differs: 200 vs 500 · 1 header differs, 1 ignored · 1 body change, 1 item moved',
    ],
    [
      'ignored body paths',
      response(200, '{"at":"1","n":1}'),
      response(200, '{"at":"2","n":1}'),
      { ignorePaths: ['/at'] },
      'identical apart from 1 ignored body path',
    ],
  ])('summary: %s', (_label, a, b, options, summary) => {
    expect(diffResponses(a, b, options).summary).toBe(summary);
  });
});
