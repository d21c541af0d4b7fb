import { describe, expect, it } from 'vitest';
import { findCacheStorage } from './findCacheStorage';
import { makeContext, type ExchangeSpec } from './testExchange';

const DATE: [string, string] = ['Date', 'Tue, 24 Mar 2026 10:00:00 GMT'];

function spec(
  headers: [string, string][],
  status = 200,
  request: ExchangeSpec['request'] = { target: 'https://api.example/items' },
): ExchangeSpec {
  return { status, headers: [DATE, ...headers], request };
}

const summaryOf = (s: ExchangeSpec) => findCacheStorage(makeContext(s)).find((f) => f.severity === 'info');
const pitfallsOf = (s: ExchangeSpec) =>
  findCacheStorage(makeContext(s))
    .filter((f) => f.severity === 'warning')
    .map((f) => (f.id === 'caching' && 'pitfall' in f.data ? f.data.pitfall : undefined));

describe('findCacheStorage', () => {
  it.each([
    [
      'max-age',
      [['Cache-Control', 'max-age=600']],
      { storable: true, freshSeconds: 600, sharedStorable: true },
      'Cacheable for 10 min',
    ],
    [
      'max-age less Age',
      [
        ['Cache-Control', 'max-age=600'],
        ['Age', '100'],
      ],
      { freshSeconds: 500 },
      'Cacheable for 8 min 20 s',
    ],
    [
      'private',
      [['Cache-Control', 'private, max-age=60']],
      { storable: true, sharedStorable: false, freshSeconds: 60 },
      'shared caches (CDN, proxy) will not store it',
    ],
    [
      's-maxage for shared caches',
      [['Cache-Control', 'max-age=0, s-maxage=300']],
      { freshSeconds: 0, sharedFreshSeconds: 300 },
      'Cacheable for 5 min',
    ],
    [
      'no-store',
      [['Cache-Control', 'no-store']],
      { storable: false, sharedStorable: false },
      'Not cacheable',
    ],
    [
      'no-cache',
      [['Cache-Control', 'no-cache']],
      { storable: true, freshSeconds: 0 },
      'does not forbid storing',
    ],
    [
      'Expires from the Date header',
      [['Expires', 'Tue, 24 Mar 2026 11:00:00 GMT']],
      { freshSeconds: 3600 },
      'Cacheable for 1 h',
    ],
    ['an invalid Expires', [['Expires', '0']], { freshSeconds: 0 }, 'revalidated'],
    [
      'heuristic from Last-Modified',
      [['Last-Modified', 'Tue, 14 Mar 2026 10:00:00 GMT']],
      { freshSeconds: 86400 },
      'heuristic',
    ],
    [
      'Pragma on a response',
      [['Pragma', 'no-cache']],
      { freshSeconds: 0 },
      'Pragma: no-cache is a request header',
    ],
    [
      'Vary',
      [
        ['Cache-Control', 'max-age=60'],
        ['Vary', 'Accept-Encoding'],
      ],
      {},
      'same Accept-Encoding',
    ],
  ] as [string, [string, string][], Record<string, unknown>, string][])('%s', (_, headers, data, phrase) => {
    const f = summaryOf(spec(headers));
    expect(f).toMatchObject({ id: 'caching', data });
    expect(`${f?.title} ${f?.detail}`).toContain(phrase);
  });

  it.each([
    ['without explicit freshness is not storable', [['Vary', 'Accept']], false],
    ['with max-age is storable (RFC 9111 §3)', [['Cache-Control', 'max-age=60']], true],
  ] as [string, [string, string][], boolean][])('a POST %s', (_, headers, storable) => {
    expect(summaryOf(spec(headers, 200, { method: 'POST', target: '/x' }))?.data).toMatchObject({ storable });
  });

  it.each([
    [
      'public with Authorization',
      [['Cache-Control', 'public, max-age=60']],
      { target: '/me', headers: [['Authorization', 'Bearer x']] },
      ['public-personal'],
    ],
    [
      'public with Set-Cookie',
      [
        ['Cache-Control', 'public, max-age=60'],
        ['Set-Cookie', 'sid=1'],
      ],
      undefined,
      ['public-personal'],
    ],
    [
      'shared caching of Set-Cookie',
      [
        ['Cache-Control', 's-maxage=60'],
        ['Set-Cookie', 'sid=1'],
      ],
      undefined,
      [],
    ],
    ['no-store with max-age', [['Cache-Control', 'no-store, max-age=60']], undefined, ['contradictory']],
    [
      'Vary: *',
      [
        ['Cache-Control', 'max-age=60'],
        ['Vary', '*'],
      ],
      undefined,
      ['vary-star'],
    ],
    [
      'private per-user data',
      [
        ['Cache-Control', 'private, max-age=60'],
        ['Set-Cookie', 'sid=1'],
      ],
      undefined,
      [],
    ],
  ] as [string, [string, string][], ExchangeSpec['request'], string[]][])(
    'pitfall: %s',
    (_, headers, request, expected) => {
      expect(pitfallsOf(spec(headers, 200, request ?? { target: '/x' }))).toEqual(expected);
    },
  );

  it.each([
    ['a response without caching headers', spec([])],
    ['an interim response', spec([['Cache-Control', 'max-age=60']], 100)],
  ])('nothing for %s', (_, s) => {
    expect(findCacheStorage(makeContext(s))).toEqual([]);
  });
});
