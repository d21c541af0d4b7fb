import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../http/parseInput';
import { analyzeSession } from '../session/analyzeSession';
import type { SessionAnalysis, SessionEntry } from '../types';
import { formatSessionMarkdown, REPORTED_FAILURES } from './formatSessionMarkdown';

const CHROME = readFileSync(
  new URL('../../../tests/fixtures/session/chrome-api-session.har', import.meta.url),
  'utf8',
);

describe('formatSessionMarkdown', () => {
  const report = formatSessionMarkdown(
    analyzeSession(parseInput(CHROME), { now: new Date('2026-03-24T10:00:00Z') }),
  );

  it('sums up the session, its findings with their entries, and the failed entries', () => {
    expect(report).toMatch(/^## Session: 26 entries, 13 failed, over 7 min/);
    expect(report).toContain('### Across the session');
    expect(report).toContain(
      '**Error: The access token expired during the session: 3 requests refused** (entries 23, 24, 25)',
    );
    expect(report).toContain('### Failed entries');
    expect(report).toContain('| 10 | 1 min | `GET https://api.example.com/v1/search?q=shoes` | 429 |');
    expect(report).toContain('| no response |');
  });

  it('masks secrets in the URLs it quotes', () => {
    expect(report).not.toContain('cs_live_a1b2c3');
    expect(report).toContain('session\\_id=REDACTED');
  });

  it('escapes recorded text and cuts a long list of failures', () => {
    const entry = (index: number): SessionEntry => ({
      index,
      category: 'client-error',
      method: 'GET',
      url: `https://x.example/${index}`,
      host: 'x.example',
      path: `/${index}`,
      status: 500,
      reason: '',
      size: 0,
      failed: true,
      headline: 'The body says: <img src=x> | *boom*',
      severity: 'error',
      findings: [],
    });
    const session: SessionAnalysis = {
      entries: Array.from({ length: REPORTED_FAILURES + 5 }, (_, i) => entry(i)),
      failedCount: REPORTED_FAILURES + 5,
      findings: [],
    };
    const text = formatSessionMarkdown(session);
    expect(text).toContain('\\<img src=x\\> \\| \\*boom\\*');
    expect(text).toContain('… and 5 more failed entries.');
    expect(text.split('\n').filter((l) => l.startsWith('| ') && /^\| \d/.test(l))).toHaveLength(
      REPORTED_FAILURES,
    );
  });
});
