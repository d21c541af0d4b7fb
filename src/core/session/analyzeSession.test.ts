import { entriesOf } from '../diagnose/findingData';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { httpDate, accessToken } from '../../../tests/fixtures/session/harEntries';
import { parseInput } from '../http/parseInput';
import { analyzeSession } from './analyzeSession';
import { after, chromeSession, fixture, TEST_START } from './testSession';

const idsAndEntries = (parsed: ReturnType<typeof fixture>) =>
  analyzeSession(parsed, { now: new Date(TEST_START) }).findings.map((f) => [f.id, entriesOf(f)]);

describe('analyzeSession on recorded sessions', () => {
  it('counts the failed entries once, for the screen and the report alike', () => {
    const session = analyzeSession(fixture('firefox-staging-session.har'), { now: new Date(TEST_START) });
    const failed = session.entries.filter((entry) => entry.failed).length;
    expect(failed).toBeGreaterThan(0);
    expect(session.failedCount).toBe(failed);
  });

  it.each([
    [
      'a Chrome export of a failing shop session',
      'chrome-api-session.har',
      [
        ['token-expired', [22, 23, 24]],
        ['cors-preflight-failed', [7, 8]],
        ['redirect-loop', [18, 19, 20, 21]],
        ['shared-failure', [22, 23, 24]],
        ['mixed-content', [2]],
        ['redirect-method-changed', [16, 17]],
        ['retry-too-soon', [9, 10]],
        ['retry-storm', [11, 12, 13, 14, 15]],
      ],
    ],
    [
      'a Firefox export of a staging outage',
      'firefox-staging-session.har',
      [
        ['redirect-method-changed', [11, 12]],
        ['shared-failure', [1, 2, 3, 4, 5, 6, 7, 8]],
        ['retry-storm', [1, 4, 5, 6, 7, 8]],
        ['slow-requests', [10]],
      ],
    ],
  ])('%s', (_, file, expected) => {
    expect(idsAndEntries(fixture(file))).toEqual(expected);
  });

  it('lists every entry with its offset, request, status, timing, size and headline', () => {
    const { entries } = analyzeSession(fixture('chrome-api-session.har'));
    expect(entries).toHaveLength(26);
    expect(entries[7]).toMatchObject({
      index: 7,
      offsetMs: 10_000,
      method: 'OPTIONS',
      host: 'api.example.com',
      path: '/v1/orders/42',
      status: 204,
      resourceType: 'preflight',
      initiator: 'preflight https://api.example.com/v1/orders/42',
      failed: false,
      severity: 'error',
      findings: ['cors-preflight-failed'],
    });
    expect(entries[7]?.headline).toContain('refuse the preflight for PUT');
    expect(entries[8]).toMatchObject({
      status: 0,
      failed: true,
      noResponse: { message: 'net::ERR_FAILED' },
      size: 0,
    });
    expect(entries[9]).toMatchObject({ status: 429, severity: 'error', path: '/v1/search?q=shoes' });
    expect(entries[9]?.durationMs).toBeGreaterThan(0);
    expect(entries[9]?.timings?.wait).toBeGreaterThan(0);
    expect(entries[1]).toMatchObject({ severity: 'ok', headline: '' });
  });

  it('reads Firefox empty responses for blocked requests as no response', () => {
    const { entries } = analyzeSession(fixture('firefox-staging-session.har'));
    expect(entries[9]).toMatchObject({
      status: 0,
      failed: true,
      noResponse: { cause: 'other', message: '' },
    });
    expect(entries[9]?.headline).toMatch(/without a response/);
  });

  it.each([
    ['net::ERR_NAME_NOT_RESOLVED', 'dns', 'DNS', /host name could not be resolved/],
    ['net::ERR_CONNECTION_RESET', 'connection-reset', 'Connection closed', /./],
    ['net::ERR_FAILED', 'other', undefined, /^No response: net::ERR_FAILED$/],
  ])('names the cause of %s', (error, cause, label, headline) => {
    const { entries } = analyzeSession(
      chromeSession([{ at: 0, url: 'https://api.example.com/x', status: 0, error }]),
    );
    expect(entries[0]?.noResponse).toEqual({ cause, message: error, ...(label && { label }) });
    expect(entries[0]?.headline).toMatch(headline);
  });

  it('gives the span of the recording', () => {
    const session = analyzeSession(fixture('firefox-staging-session.har'));
    expect(session.startedDateTime).toBe('2026-03-25T08:30:00.000Z');
    expect(session.spanMs).toBeGreaterThan(27_000);
  });

  it.each([
    ['mitmproxy/chrome.har', [304, 0, 200], 'net::ERR_INTERNET_DISCONNECTED'],
    ['harviewer/chrome51.har', undefined, undefined],
    ['mitmproxy/head-content-length.har', [200], undefined],
  ])('reads the real export %s', (file, statuses, error) => {
    const text = readFileSync(new URL(`../../../tests/fixtures/har/${file}`, import.meta.url), 'utf8');
    const session = analyzeSession(parseInput(text));
    const expected = (
      JSON.parse(text.replace(/^\uFEFF/, '')) as { log: { entries: { response: { status: number } }[] } }
    ).log.entries.map((e) => e.response.status);
    expect(session.entries.map((e) => e.status)).toEqual(statuses ?? expected);
    expect(session.entries.every((e) => e.offsetMs !== undefined && e.durationMs !== undefined)).toBe(true);
    if (error) expect(session.entries.find((e) => e.status === 0)?.noResponse?.message).toBe(error);
  });

  it('lists a chain without timings (curl -L -i)', () => {
    const chain =
      'HTTP/1.1 301 Moved Permanently\r\nLocation: https://example.com/b\r\n\r\nHTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\n\r\nmissing';
    const session = analyzeSession(parseInput(chain));
    expect(session.entries.map((e) => [e.status, e.offsetMs, e.failed])).toEqual([
      [301, undefined, false],
      [404, undefined, true],
    ]);
    expect(session.startedDateTime).toBeUndefined();
  });

  it('gives nothing for an empty paste', () => {
    expect(analyzeSession(parseInput(''))).toEqual({ entries: [], failedCount: 0, findings: [] });
  });
});

const api = 'https://api.example.com';
const date = (s: number): [string, string] => ['date', httpDate(after(TEST_START, s))];

describe('session finders: cases that must not fire', () => {
  it.each([
    [
      'a retry after the Retry-After',
      [
        { at: 0, url: `${api}/s`, status: 429, responseHeaders: [date(0), ['retry-after', '5']] },
        { at: 6, url: `${api}/s`, status: 200, responseHeaders: [date(6)] },
      ],
    ],
    [
      'retries backing off exponentially',
      [0, 1, 3, 7, 15].map((at) => ({ at, url: `${api}/r`, status: 503, responseHeaders: [date(at)] })),
    ],
    [
      'polling a healthy endpoint',
      [0, 1, 2, 3, 4, 5].map((at) => ({ at, url: `${api}/poll`, status: 200, responseHeaders: [date(at)] })),
    ],
    [
      'a token refused before any success',
      [
        {
          at: 0,
          url: `${api}/me`,
          status: 401,
          requestHeaders: [
            ['authorization', `Bearer ${accessToken({ exp: Date.parse(TEST_START) / 1000 - 60 })}`],
          ],
          responseHeaders: [date(0)],
        },
      ],
    ],
    [
      'a preflight that allows what was asked',
      [
        {
          at: 0,
          method: 'OPTIONS',
          url: `${api}/o`,
          status: 204,
          requestHeaders: [
            ['origin', 'https://app.example.com'],
            ['access-control-request-method', 'DELETE'],
          ],
          responseHeaders: [
            ['access-control-allow-origin', '*'],
            ['access-control-allow-methods', 'DELETE'],
          ],
        },
        {
          at: 0.1,
          method: 'DELETE',
          url: `${api}/o`,
          status: 204,
          requestHeaders: [['origin', 'https://app.example.com']],
          responseHeaders: [['access-control-allow-origin', '*']],
        },
      ],
    ],
    [
      'a 303 after a POST turned into GET',
      [
        { at: 0, method: 'POST', url: `${api}/form`, status: 303, responseHeaders: [['location', '/done']] },
        { at: 0.1, url: `${api}/done`, status: 200 },
      ],
    ],
    [
      'two failures on two endpoints',
      [
        { at: 0, url: `${api}/a`, status: 500 },
        { at: 1, url: `${api}/b`, status: 500 },
      ],
    ],
    [
      'https requests only',
      [{ at: 0, url: `${api}/a`, status: 200, requestHeaders: [['referer', 'https://app.example.com/']] }],
    ],
  ] as [string, Parameters<typeof chromeSession>[0]][])('%s', (_, specs) => {
    const findings = analyzeSession(chromeSession(specs), { now: new Date(TEST_START) }).findings;
    expect(findings.filter((f) => f.severity !== 'info').map((f) => f.id)).toEqual([]);
  });
});
