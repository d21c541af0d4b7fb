import { describe, expect, it } from 'vitest';
import type { SessionEntry } from '../core';
import { sessionRows } from './sessionRows';
import type { SessionFilter, SessionSort } from './sessionViewStore';

function entry(index: number, status: number, extra: Partial<SessionEntry> = {}): SessionEntry {
  return {
    index,
    method: 'GET',
    url: `https://api.example/${index}`,
    host: 'api.example',
    path: `/${index}`,
    status,
    category: status === 0 ? 'invalid' : status >= 400 ? 'client-error' : 'success',
    reason: '',
    size: 100 - index,
    failed: status === 0 || status >= 400,
    headline: '',
    severity: 'ok',
    findings: [],
    ...extra,
  };
}

const ENTRIES = [
  entry(0, 200, { durationMs: 30 }),
  entry(1, 503, { durationMs: 10, headline: 'Service down', severity: 'error', findings: ['retry-storm'] }),
  entry(2, 0, { noResponse: { cause: 'dns', message: 'net::ERR_NAME_NOT_RESOLVED' } }),
  entry(3, 302, { method: 'POST', durationMs: 20 }),
  entry(4, 404, {
    url: 'https://cdn.example/logo.png',
    host: 'cdn.example',
    path: '/logo.png',
    durationMs: 30,
  }),
];

const view = (
  over: Partial<{
    filter: SessionFilter;
    query: string;
    sort: SessionSort;
    focus: { entries: number[] };
  }> = {},
) => ({
  filter: 'all' as SessionFilter,
  query: '',
  sort: { key: 'index', descending: false } as SessionSort,
  ...over,
});

const indexes = (v: ReturnType<typeof view>) => sessionRows(ENTRIES, v).map((e) => e.index);

describe('sessionRows', () => {
  it.each([
    ['all', [0, 1, 2, 3, 4]],
    ['failures', [1, 2, 4]],
    ['no-response', [2]],
    ['2xx', [0]],
    ['3xx', [3]],
    ['4xx', [4]],
    ['5xx', [1]],
    ['flagged', [1]],
  ] as [SessionFilter, number[]][])('filter %s', (filter, expected) => {
    expect(indexes(view({ filter }))).toEqual(expected);
  });

  it.each([
    ['a host', 'cdn.example', [4]],
    ['a method', 'post', [3]],
    ['a status', '503', [1]],
    ['no response', 'no response', [2]],
    ['the browser error', 'name_not_resolved', [2]],
    ['a headline', 'service', [1]],
  ])('text finds %s', (_, query, expected) => {
    expect(indexes(view({ query }))).toEqual(expected);
  });

  it.each([
    ['status ascending', { key: 'status', descending: false }, [2, 0, 3, 4, 1]],
    ['duration descending, ties in recording order', { key: 'duration', descending: true }, [0, 4, 3, 1, 2]],
    ['size ascending', { key: 'size', descending: false }, [4, 3, 2, 1, 0]],
    ['url ascending', { key: 'url', descending: false }, [0, 1, 2, 3, 4]],
  ] as [string, SessionSort, number[]][])('sort by %s', (_, sort, expected) => {
    expect(indexes(view({ sort }))).toEqual(expected);
  });

  it('keeps to the focused finding', () => {
    expect(indexes(view({ focus: { entries: [1, 4] }, filter: 'failures' }))).toEqual([1, 4]);
  });
});
