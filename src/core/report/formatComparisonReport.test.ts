import { describe, expect, it } from 'vitest';
import type { ResponseDiff } from '../types';
import { formatComparisonReport, REPORT_MAX_CHANGES } from './formatComparisonReport';

const DIFF: ResponseDiff = {
  status: { a: 200, b: 500, changed: true },
  headers: [
    {
      name: 'Content-Type',
      change: 'changed',
      a: 'application/json',
      b: 'text/html',
      ignored: false,
      note: 'why',
    },
    {
      name: 'Authorization',
      change: 'changed',
      a: 'Bearer sk_live_aaa',
      b: 'Bearer sk_live_bbb',
      ignored: false,
    },
    { name: 'Set-Cookie', change: 'removed', a: 'session=abc123', ignored: false },
    { name: 'X-API-Key', change: 'added', b: 'k-999', ignored: false },
    { name: 'X-New', change: 'added', b: 'yes', ignored: false },
    { name: 'Date', change: 'changed', a: 'Mon', b: 'Tue', ignored: true },
    { name: 'Server', change: 'unchanged', a: 'nginx', b: 'nginx', ignored: false },
  ],
  body: {
    kind: 'json',
    changes: [
      { path: '/price', change: 'changed', a: '1.10', b: '1.1' },
      { path: '/items/2', change: 'moved', from: '/items/0' },
      { path: '/auth/access_token', change: 'changed', a: '"tok-A"', b: '"tok-B"' },
      { path: '/user', change: 'added', b: '{"name": "x", "password": "hunter2"}' },
      { path: '/gone', change: 'removed', a: 'true' },
    ],
  },
  summary: 'status differs: 200 vs 500 · 5 headers differ, 1 ignored · 4 body changes, 1 item moved',
};

describe('formatComparisonReport', () => {
  const report = formatComparisonReport(DIFF, { a: 'staging', b: 'production' });

  it('states the sides, the summary, the status and every difference', () => {
    expect(report).toContain('Comparison: staging (A) vs production (B)');
    expect(report).toContain(`Summary: ${DIFF.summary}`);
    expect(report).toContain('Status: 200 OK → 500 Internal Server Error');
    expect(report).toContain('~ Content-Type: application/json → text/html');
    expect(report).toContain('+ X-New: yes (only in production)');
    expect(report).toContain('Headers: 5 differ (1 ignored)');
    expect(report).toContain('~ /price: 1.10 → 1.1');
    expect(report).toContain('> /items/2 moved from /items/0');
    expect(report).toContain('- /gone: true');
    expect(report).not.toContain('nginx');
    expect(report).not.toContain('Date:');
  });

  it('masks credentials in headers and secret-looking body values', () => {
    expect(report).toContain('~ Authorization: ••• → •••');
    expect(report).toContain('- Set-Cookie: ••• (only in staging)');
    expect(report).toContain('+ X-API-Key: ••• (only in production)');
    expect(report).toContain('~ /auth/access_token: ••• → •••');
    expect(report).toContain('+ /user: •••');
    for (const secret of ['sk_live', 'abc123', 'k-999', 'tok-A', 'hunter2'])
      expect(report).not.toContain(secret);
  });

  it('cuts long values and long lists', () => {
    const many: ResponseDiff = {
      ...DIFF,
      headers: [],
      body: {
        kind: 'json',
        changes: Array.from({ length: REPORT_MAX_CHANGES + 5 }, (_, i) => ({
          path: `/n/${i}`,
          change: 'added' as const,
          b: 'x'.repeat(500),
        })),
      },
    };
    const text = formatComparisonReport(many, { a: 'A', b: 'B' });
    expect(text).toContain('… and 5 more');
    expect(text).toContain('(300 more characters)');
    expect(text).toContain('Status: 200 OK → 500 Internal Server Error');
    expect(text).toContain('Comparison: A vs B\n');
  });
});
