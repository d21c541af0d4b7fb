import { describe, it, expect } from 'vitest';
import { findCaching } from './findCaching';
import { makeContext } from './testExchange';

describe('findCaching', () => {
  it.each([
    ['304 with ETag', 304, [['ETag', '"abc"']], 'info', { etag: '"abc"', weak: false }, 'use it'],
    [
      '304 with Last-Modified',
      304,
      [['Last-Modified', 'Tue, 24 Mar 2026 10:00:00 GMT']],
      'info',
      { lastModified: 'Tue, 24 Mar 2026 10:00:00 GMT' },
      'Last modified',
    ],
    ['304 without validators', 304, [], 'info', {}, 'no validator'],
    ['200 with a weak ETag', 200, [['ETag', 'W/"v1"']], 'tip', { etag: 'W/"v1"', weak: true }, 'weak'],
  ] as [string, number, [string, string][], string, Record<string, unknown>, string][])(
    '%s',
    (_, status, headers, severity, data, phrase) => {
      const [f] = findCaching(makeContext({ status, headers }));
      expect(f).toMatchObject({ id: 'cache-validators', severity, data });
      expect(f?.detail).toContain(phrase);
    },
  );

  it('mentions the conditional headers the request sent', () => {
    const [f] = findCaching(makeContext({ status: 304, request: { headers: [['If-None-Match', '"abc"']] } }));
    expect(f?.detail).toContain('If-None-Match');
  });

  it.each([
    [200, []],
    [404, [['ETag', '"x"']]],
  ] as [number, [string, string][]][])('nothing for %d', (status, headers) => {
    expect(findCaching(makeContext({ status, headers }))).toEqual([]);
  });
});
