import { describe, expect, it } from 'vitest';
import { accessToken, httpDate } from '../../../tests/fixtures/session/harEntries';
import { analyzeSession } from './analyzeSession';
import { after, chromeSession, TEST_START } from './testSession';

const api = 'https://api.example.com';
const app = 'https://app.example.com';
const date = (s: number): [string, string] => ['date', httpDate(after(TEST_START, s))];
const epoch = (s: number) => Date.parse(TEST_START) / 1000 + s;

function findingsOf(specs: Parameters<typeof chromeSession>[0], id: string) {
  return analyzeSession(chromeSession(specs), { now: new Date(TEST_START) }).findings.filter(
    (f) => f.id === id,
  );
}

describe('retry-too-soon', () => {
  it.each([
    ['Retry-After seconds', [['retry-after', '30']], 30],
    ['Retry-After as a date', [['retry-after', httpDate(after(TEST_START, 20))]], 20],
    [
      'an exhausted rate limit',
      [
        ['x-ratelimit-limit', '100'],
        ['x-ratelimit-remaining', '0'],
        ['x-ratelimit-reset', String(epoch(45))],
      ],
      45,
    ],
  ] as [string, [string, string][], number][])('%s', (_, headers, required) => {
    const [f] = findingsOf(
      [
        { at: 0, url: `${api}/q`, status: 429, responseHeaders: [date(0), ...headers] },
        { at: 3, url: `${api}/q`, status: 429, responseHeaders: [date(3)] },
      ],
      'retry-too-soon',
    );
    expect(f?.data).toMatchObject({ entries: [0, 1], requiredSeconds: required });
    const actual = f?.id === 'retry-too-soon' ? f.data.actualSeconds : undefined;
    expect(actual).toBeLessThan(3);
    expect(actual).toBeGreaterThan(2.8);
  });
});

describe('retry-storm', () => {
  it.each([
    ['five 503s a quarter second apart', [0, 0.25, 0.5, 0.75, 1], 503, 'warning'],
    ['a 429 hammered ten times', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 429, 'error'],
    ['no response, retried at once', [0, 0.1, 0.2, 0.3], 0, 'warning'],
  ] as [string, number[], number, string][])('%s', (_, starts, status, severity) => {
    const [f] = findingsOf(
      starts.map((at) => ({ at, url: `${api}/r`, status, responseHeaders: [date(at)] })),
      'retry-storm',
    );
    expect(f).toMatchObject({
      severity,
      data: { attempts: starts.length, entries: starts.map((_s, i) => i) },
    });
  });

  it('ends the run at the first success', () => {
    const starts = [0, 1, 2, 3, 4, 5];
    const [f] = findingsOf(
      starts.map((at, i) => ({ at, url: `${api}/r`, status: i === 3 ? 200 : 502 })),
      'retry-storm',
    );
    expect(f?.data).toHaveProperty('entries', [0, 1, 2, 3]);
  });
});

describe('token-expired across the session', () => {
  const token = accessToken({ sub: 'u', exp: epoch(60) });
  const auth: [string, string] = ['authorization', `Bearer ${token}`];
  it.each([
    ['measured by the Date header', [date(10)], [date(70)], [1]],
    ['measured by the recorded start without Date', [], [], [1]],
  ] as [string, [string, string][], [string, string][], number[]][])(
    '%s',
    (_, firstHeaders, laterHeaders, entries) => {
      const [f] = findingsOf(
        [
          { at: 10, url: `${api}/me`, status: 200, requestHeaders: [auth], responseHeaders: firstHeaders },
          { at: 70, url: `${api}/me`, status: 401, requestHeaders: [auth], responseHeaders: laterHeaders },
        ],
        'token-expired',
      );
      expect(f?.data).toMatchObject({
        entries,
        expiredAt: new Date(epoch(60) * 1000).toISOString(),
        lastPassed: 0,
      });
      expect(f?.detail).toContain('did not refresh');
      // The refused entry and how long after exp it was sent, in one readable clause (no "401 10 s later").
      expect(f?.detail).toMatch(/; entry 2, sent [\d.]+ s after that, was refused with 401\./);
    },
  );

  it('notes when a new token took over', () => {
    const fresh = accessToken({ sub: 'u', exp: epoch(900) });
    const [f] = findingsOf(
      [
        { at: 10, url: `${api}/me`, status: 200, requestHeaders: [auth] },
        { at: 70, url: `${api}/me`, status: 401, requestHeaders: [auth] },
        { at: 71, url: `${api}/me`, status: 200, requestHeaders: [['authorization', `Bearer ${fresh}`]] },
      ],
      'token-expired',
    );
    expect(f?.data).toMatchObject({ refreshedAt: 2 });
  });

  it('not for a 401 before exp', () => {
    expect(
      findingsOf(
        [
          { at: 10, url: `${api}/me`, status: 200, requestHeaders: [auth] },
          { at: 20, url: `${api}/me`, status: 401, requestHeaders: [auth] },
        ],
        'token-expired',
      ),
    ).toEqual([]);
  });
});

describe('cors-preflight-failed', () => {
  const asked: [string, string][] = [
    ['origin', app],
    ['access-control-request-method', 'PATCH'],
    ['access-control-request-headers', 'authorization,x-trace-id'],
  ];
  it.each([
    [
      'a 401 to the preflight',
      401,
      [
        ['access-control-allow-origin', app],
        ['access-control-allow-methods', 'PATCH'],
        ['access-control-allow-headers', 'authorization, x-trace-id'],
      ],
      ['preflight-status'],
    ],
    [
      'another origin',
      204,
      [
        ['access-control-allow-origin', 'https://admin.example.com'],
        ['access-control-allow-methods', 'PATCH'],
        ['access-control-allow-headers', 'authorization, x-trace-id'],
      ],
      ['origin-mismatch'],
    ],
    [
      'a missing method and header',
      204,
      [
        ['access-control-allow-origin', app],
        ['access-control-allow-methods', 'GET'],
        ['access-control-allow-headers', 'authorization'],
      ],
      ['method-not-allowed', 'headers-not-allowed'],
    ],
  ] as [string, number, [string, string][], string[]][])(
    '%s, then the request failed',
    (_, status, headers, problems) => {
      const [f] = findingsOf(
        [
          {
            at: 0,
            method: 'OPTIONS',
            url: `${api}/items/1`,
            status,
            requestHeaders: asked,
            responseHeaders: headers,
          },
          { at: 0.1, method: 'PATCH', url: `${api}/items/1`, status: 0, error: 'net::ERR_FAILED' },
        ],
        'cors-preflight-failed',
      );
      expect(f?.data).toMatchObject({ entries: [0, 1], origin: app, method: 'PATCH', problems });
    },
  );

  it('when the actual request is not in the recording', () => {
    const [f] = findingsOf(
      [{ at: 0, method: 'OPTIONS', url: `${api}/x`, status: 404, requestHeaders: asked }],
      'cors-preflight-failed',
    );
    expect(f?.data).toHaveProperty('entries', [0]);
    expect(f?.detail).toContain('never sent');
  });
});

describe('redirects', () => {
  it.each([
    [
      'to itself',
      [
        ['/a', '/a'],
        ['/a', '/a'],
        ['/a', '/a'],
      ],
      [0, 1, 2],
      1,
    ],
    [
      'http ↔ https',
      [
        ['http://app.example.com/', 'https://app.example.com/'],
        ['https://app.example.com/', 'http://app.example.com/'],
        ['http://app.example.com/', 'https://app.example.com/'],
      ],
      [0, 1, 2],
      2,
    ],
  ] as [string, [string, string][], number[], number][])('loop %s', (_, hops, entries, urls) => {
    const [f] = findingsOf(
      hops.map(([from, to], i) => ({
        at: i * 0.1,
        url: new URL(from, app).href,
        status: 301,
        responseHeaders: [['location', to]] as [string, string][],
      })),
      'redirect-loop',
    );
    expect(f?.data).toHaveProperty('entries', entries);
    expect(f?.data).toHaveProperty('urls.length', urls);
  });

  it('a chain that ends is no loop', () => {
    expect(
      findingsOf(
        [
          { at: 0, url: `${app}/old`, status: 301, responseHeaders: [['location', '/new']] },
          { at: 0.1, url: `${app}/new`, status: 200 },
        ],
        'redirect-loop',
      ),
    ).toEqual([]);
  });

  it.each([
    [302, 'POST', 'GET', 'warning'],
    [301, 'PUT', 'GET', 'warning'],
    [303, 'POST', 'GET', 'info'],
    [307, 'POST', 'GET', 'error'],
    [308, 'DELETE', 'GET', 'error'],
  ])('%d turned %s into %s: %s', (status, from, to, severity) => {
    const [f] = findingsOf(
      [
        { at: 0, method: from, url: `${api}/thing`, status, responseHeaders: [['location', '/thing/2']] },
        { at: 0.1, method: to, url: `${api}/thing/2`, status: 200 },
      ],
      'redirect-method-changed',
    );
    expect(f).toMatchObject({ severity, data: { entries: [0, 1], status, from, to } });
  });
});

describe('mixed-content and shared-failure', () => {
  it('plain http from an https page, found by Referer', () => {
    const [f] = findingsOf(
      [
        { at: 0, url: `${app}/`, status: 200, resourceType: 'document' },
        {
          at: 1,
          url: 'http://cdn.example.net/lib.js',
          status: 0,
          resourceType: 'script',
          requestHeaders: [['referer', `${app}/`]],
        },
        { at: 2, url: 'http://localhost:9000/dev.js', status: 200, requestHeaders: [['referer', `${app}/`]] },
      ],
      'mixed-content',
    );
    expect(f).toMatchObject({ severity: 'error', data: { entries: [1], blocked: [1] } });
  });

  it.each([
    [401, '{"message":"Session expired"}', 'credentials'],
    [503, '', 'the service behind all of them'],
    [0, '', 'network path'],
  ])('%d on three endpoints', (status, body, cause) => {
    const [f] = findingsOf(
      ['/a', '/b', '/c'].map((path, i) => ({
        at: i,
        url: `${api}${path}`,
        status,
        body,
        error: 'net::ERR_NAME_NOT_RESOLVED',
      })),
      'shared-failure',
    );
    expect(f).toMatchObject({ data: { entries: [0, 1, 2], endpoints: 3, status } });
    expect(f?.detail).toContain(cause);
  });

  it('different errors on three endpoints are not one cause', () => {
    const bodies = ['{"message":"a"}', '{"message":"b"}', '{"message":"c"}'];
    expect(
      findingsOf(
        bodies.map((body, i) => ({ at: i, url: `${api}/${i}`, status: 400, body })),
        'shared-failure',
      ),
    ).toEqual([]);
  });
});

describe('slow-requests', () => {
  it.each([
    ['a slow server', { wait: 2500 }, 'wait'],
    ['a long queue', { blocked: 900 }, 'blocked'],
  ] as [string, Record<string, number>, string][])('%s', (_, timings, phase) => {
    const [f] = findingsOf(
      [
        { at: 0, url: `${api}/a`, status: 200 },
        { at: 1, url: `${api}/b`, status: 200, timings },
      ],
      'slow-requests',
    );
    expect(f?.data).toMatchObject({ entries: [1], phase });
  });
});
