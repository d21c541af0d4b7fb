import { retryAfterSeconds } from './findingData';
import { describe, it, expect } from 'vitest';
import type { Exchange, Finding } from '../types';
import { diagnose, sortFindings } from './diagnose';
import { TEST_NOW } from './testExchange';

const run = (exchange: Exchange) => diagnose(exchange, { now: TEST_NOW });
const ids = (findings: readonly Finding[]) => findings.map((f) => f.id);

/** Exchanges as a user would paste them, written out in full. */
const RATE_LIMITED: Exchange = {
  request: {
    method: 'GET',
    target: '/v1/search?q=x',
    httpVersion: 'HTTP/1.1',
    headers: [
      { name: 'Host', value: 'api.example.com' },
      { name: 'Authorization', value: 'Bearer abc' },
    ],
    body: '',
  },
  response: {
    httpVersion: 'HTTP/1.1',
    status: 429,
    reason: 'Too Many Requests',
    headers: [
      { name: 'Date', value: 'Mon, 23 Mar 2026 08:00:00 GMT' },
      { name: 'Content-Type', value: 'application/problem+json' },
      { name: 'Retry-After', value: 'Mon, 23 Mar 2026 08:00:20 GMT' },
      { name: 'RateLimit', value: '"default";r=0;t=30' },
      { name: 'RateLimit-Policy', value: '"default";q=100;w=60' },
    ],
    body: '{"type":"https://example.com/probs/rate","title":"Too many requests","status":429,"detail":"Quota of 100 per minute used up"}',
  },
};

const PROXY_TIMEOUT: Exchange = {
  request: {
    method: 'POST',
    target: 'https://api.example.com/v1/payments',
    httpVersion: 'HTTP/2',
    headers: [
      { name: 'content-type', value: 'application/json' },
      { name: 'cookie', value: 'session=1' },
    ],
    body: '{"amount":1000}',
  },
  response: {
    httpVersion: 'HTTP/2',
    status: 504,
    reason: '',
    headers: [
      { name: 'server', value: 'awselb/2.0' },
      { name: 'content-type', value: 'application/json' },
    ],
    body: '<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n</body>\r\n</html>\r\n',
  },
};

const UNAUTHORIZED: Exchange = {
  request: {
    method: 'GET',
    target: 'https://api.example.com/me',
    httpVersion: 'HTTP/1.1',
    headers: [],
    body: '',
  },
  response: {
    httpVersion: 'HTTP/1.1',
    status: 401,
    reason: 'Unauthorized',
    headers: [{ name: 'Content-Type', value: 'application/json' }],
    body: '{"error":"unauthorized","message":"Missing bearer token"}',
  },
};

const REDIRECTED_POST: Exchange = {
  request: {
    method: 'POST',
    target: '/v1/orders',
    httpVersion: 'HTTP/1.1',
    headers: [{ name: 'Host', value: 'shop.example.com' }],
    body: '{}',
  },
  response: {
    httpVersion: 'HTTP/1.1',
    status: 302,
    reason: 'Found',
    headers: [{ name: 'Location', value: '/v2/orders' }],
    body: '',
  },
};

describe('diagnose', () => {
  it.each([
    [
      '429 with IETF fields and Retry-After as a date (Retry-After is the wait)',
      RATE_LIMITED,
      ['problem-details', 'rate-limit', 'retry-after'],
      20,
    ],
    [
      '504 HTML page from the load balancer on a POST',
      PROXY_TIMEOUT,
      ['error-message', 'content-type-mismatch', 'proxy-error-page', 'not-idempotent'],
      undefined,
    ],
    ['401 without a challenge', UNAUTHORIZED, ['error-message', 'missing-header'], undefined],
    ['POST answered with 302', REDIRECTED_POST, ['redirect-method', 'location'], undefined],
  ] as [string, Exchange, string[], number | undefined][])('%s', (_, exchange, expectedIds, floor) => {
    const d = run(exchange);
    expect(d.status.code).toBe(exchange.response.status);
    expect(ids(d.findings)).toEqual(expectedIds);
    expect(d.backoff?.floorSeconds).toBe(floor);
    expect(d.nextSteps.length).toBeGreaterThan(2);
  });

  it('measures Retry-After and the reset from the Date header, not from now', () => {
    const d = run(RATE_LIMITED);
    expect(d.findings.find((f) => f.id === 'retry-after')?.data).toMatchObject({
      waitSeconds: 20,
      relativeTo: 'date-header',
    });
    expect(d.findings.find((f) => f.id === 'rate-limit')?.data).toMatchObject({
      exhausted: true,
      remaining: 0,
      limit: 100,
      resetSeconds: 30,
      resetAt: '2026-03-23T08:00:30.000Z',
      policy: 'default',
    });
    // Retry-After takes precedence over the RateLimit reset (draft-ietf-httpapi-ratelimit-headers §3.1).
    expect(d.verdict).toMatchObject({ verdict: 'with-backoff', waitSeconds: 20 });
    expect(d.backoff?.steps[0]?.baseDelayMs).toBe(20_000);
  });

  it('resolves the relative Location against Host', () => {
    const location = run(REDIRECTED_POST).findings.find((f) => f.id === 'location');
    expect(location?.data).toMatchObject({ resolved: 'https://shop.example.com/v2/orders', relative: true });
  });

  it('names the proxy and the method at risk', () => {
    const d = run(PROXY_TIMEOUT);
    expect(d.findings.find((f) => f.id === 'proxy-error-page')?.data).toMatchObject({
      proxy: 'AWS Elastic Load Balancing',
    });
    expect(d.findings.find((f) => f.id === 'not-idempotent')?.data).toEqual({ method: 'POST' });
    expect(d.backoff?.rules[0]).toMatch(/took effect/);
    expect(d.nextSteps.map((s) => s.text).join(' ')).toContain('in this request: cookie');
  });

  it('has no backoff for a 401', () => {
    expect(run(UNAUTHORIZED).backoff).toBeUndefined();
  });

  it('gives 403 with an exhausted quota a backoff plan even though 403 alone is not retried', () => {
    const d = run({
      response: {
        httpVersion: 'HTTP/1.1',
        status: 403,
        reason: 'Forbidden',
        headers: [
          { name: 'x-ratelimit-limit', value: '60' },
          { name: 'x-ratelimit-remaining', value: '0' },
          { name: 'x-ratelimit-reset', value: String(TEST_NOW.getTime() / 1000 + 300) },
        ],
        body: '{"message":"API rate limit exceeded"}',
      },
    });
    expect(d.status.retry.verdict).toBe('after-fix');
    expect(d.verdict).toMatchObject({ verdict: 'with-backoff', waitSeconds: 300 });
    expect(d.backoff?.floorSeconds).toBe(300);
  });

  it('sorts findings error > warning > info > tip, keeping ties in order', () => {
    const f = (title: string, severity: Finding['severity']): Finding => ({
      id: 'diagnosis-incomplete',
      severity,
      title,
      detail: '',
      data: { check: title },
    });
    const sorted = sortFindings([
      f('a', 'tip'),
      f('b', 'info'),
      f('c', 'error'),
      f('d', 'warning'),
      f('e', 'error'),
      f('g', 'info'),
    ]);
    expect(sorted.map((x) => x.title)).toEqual(['c', 'e', 'd', 'b', 'g', 'a']);
  });

  it('uses the clock it is given when there is no Date header', () => {
    const exchange: Exchange = {
      response: {
        httpVersion: 'HTTP/1.1',
        status: 503,
        reason: '',
        headers: [{ name: 'Retry-After', value: 'Tue, 24 Mar 2026 12:01:00 GMT' }],
        body: '',
      },
    };
    const wait = (now: Date) => retryAfterSeconds(diagnose(exchange, { now }).findings);
    expect(wait(TEST_NOW)).toBe(60);
    expect(wait(new Date('2026-03-24T12:00:30Z'))).toBe(30);
  });

  it.each([
    ['status 999', 999],
    ['status 99', 99],
  ])('never throws on %s', (_, status) => {
    const d = run({ response: { httpVersion: '', status, reason: '', headers: [], body: '' } });
    expect(d.status.category).toBe('invalid');
    expect(d.nextSteps[0]?.text).toMatch(/not a valid HTTP status/);
  });

  it('reads status 0 without a reason (a HAR entry that never completed) as no response, cause unknown', () => {
    const d = run({ response: { httpVersion: '', status: 0, reason: '', headers: [], body: '' } });
    expect(d.status.name).toBe('No response');
    expect(d.findings.map((f) => f.id)).toEqual(['no-response']);
    expect(d.findings[0]?.data).toMatchObject({ cause: 'other' });
    expect(d.findings[0]?.title).toBe('The request failed without a response');
    expect(d.nextSteps[0]?.text).toMatch(/^Check the likeliest culprit first/);
    expect(d.nextSteps.map((s) => s.text).join(' ')).not.toMatch(/not a valid HTTP status|garbled/);
  });

  it('copes with hostile headers and bodies', () => {
    const headers = [
      'WWW-Authenticate',
      'Retry-After',
      'RateLimit',
      'RateLimit-Policy',
      'X-RateLimit-Reset',
      'Location',
      'Content-Range',
      'Deprecation',
      'Sunset',
      'Link',
      'Allow',
      'Date',
    ].map((name) => ({ name, value: '"\\,;=@:()<>%"\u0000\uD800,,,;;' }));
    for (const body of ['{"error":', '<title>', '[{"errors":{"__proto__":[1]}}]', '\uFEFF{"a":1}', 'null']) {
      for (const status of [200, 204, 301, 401, 429, 500]) {
        const d = run({
          request: { method: 'POST', target: '::', httpVersion: '', headers, body },
          response: { httpVersion: '', status, reason: '', headers, body },
        });
        // every finder coped on its own: the safety net did not have to step in
        expect(ids(d.findings)).not.toContain('diagnosis-incomplete');
      }
    }
  });

  it('diagnoses a large JSON error body quickly', () => {
    const errors = Array.from({ length: 50_000 }, (_, i) => ({
      field: `items[${i}].name`,
      message: 'is required',
    }));
    const body = JSON.stringify({ message: 'Validation failed', errors });
    const started = performance.now();
    const d = run({
      response: {
        httpVersion: 'HTTP/1.1',
        status: 422,
        reason: '',
        headers: [{ name: 'Content-Type', value: 'application/json' }],
        body,
      },
    });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(d.findings.find((f) => f.id === 'field-errors')?.data?.['errors']).toHaveLength(50);
  });
});

describe('diagnose with a shared JSON checker', () => {
  it('validates the body with the checker it is given', () => {
    const calls: string[] = [];
    const body = '{"error":"nope"}';
    diagnose(
      {
        response: {
          httpVersion: 'HTTP/1.1',
          status: 400,
          reason: 'Bad Request',
          headers: [{ name: 'Content-Type', value: 'application/json' }],
          body,
        },
      },
      { checkJson: (text) => (calls.push(text), { ok: true, warnings: [] }) },
    );
    expect(calls).toEqual([body]);
  });
});
