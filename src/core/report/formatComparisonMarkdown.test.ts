import { describe, expect, it } from 'vitest';
import type { ResponseDiff } from '../types';
import { formatComparisonMarkdown } from './formatComparisonMarkdown';

const DIFF: ResponseDiff = {
  status: { a: 200, b: 503, changed: true },
  headers: [
    { name: 'Content-Type', change: 'changed', a: 'application/json', b: 'text/html | bad', ignored: false },
    { name: 'Authorization', change: 'removed', a: 'Bearer sk_live_1', ignored: false },
    { name: 'Date', change: 'changed', a: 'Mon', b: 'Tue', ignored: true },
  ],
  body: {
    kind: 'json',
    changes: [
      {
        path: '/data/2/stock',
        change: 'changed',
        a: '21',
        b: '0',
        aPath: '/data/1/stock',
        bPath: '/data/2/stock',
        readablePath: '/data[id=7]/stock',
        key: { name: 'id', value: '7' },
      },
      { path: '/note', change: 'added', b: '"[click](https://evil.example) `x`"', bPath: '/note' },
      { path: '/token', change: 'removed', a: '"tok-secret"', aPath: '/token' },
    ],
  },
  summary: 'status differs: 200 vs 503 · 2 headers differ, 1 ignored · 3 body changes',
};

describe('formatComparisonMarkdown', () => {
  const markdown = formatComparisonMarkdown(DIFF, { a: 'staging', b: 'prod' });

  it('has the summary, the status, and tables of headers and body changes', () => {
    expect(markdown).toContain('## Comparison: staging (A) vs prod (B)');
    expect(markdown).toContain('**Status:** 200 OK → 503 Service Unavailable');
    expect(markdown).toContain('### Headers: 2 differ (1 ignored)');
    expect(markdown).toContain('| Header | staging | prod | Change |');
    expect(markdown).toContain('| `Content-Type` | `application/json` | `text/html \\| bad` | changed |');
    expect(markdown).toContain('### Body (JSON): 3 changes');
    expect(markdown).toContain(
      '| changed | `/data[id=7]/stock` (A /data/1/stock, B /data/2/stock) | `21` | `0` |',
    );
  });

  it('masks credentials and keeps user text from becoming links or breaking code spans', () => {
    expect(markdown).not.toContain('sk_live_1');
    expect(markdown).not.toContain('tok-secret');
    expect(markdown).toContain('``"[click](https://evil.example) `x`"``');
  });
});
