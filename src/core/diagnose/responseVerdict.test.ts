import { describe, expect, it } from 'vitest';
import type { RetryVerdict } from '../types';
import { diagnose } from './diagnose';
import { makeExchange, TEST_NOW, type ExchangeSpec } from './testExchange';

const run = (spec: ExchangeSpec) => diagnose(makeExchange(spec), { now: TEST_NOW });
const epoch = (offset: number) => String(TEST_NOW.getTime() / 1000 + offset);
const json: [string, string] = ['Content-Type', 'application/json'];

describe('the verdict for this response', () => {
  it.each([
    [
      '429 with Retry-After',
      { status: 429, headers: [['Retry-After', '30']] },
      'with-backoff',
      30,
      /Retry-After/,
    ],
    ['429 without timing', { status: 429 }, 'with-backoff', undefined, /./],
    [
      "GitHub's secondary rate limit: a 403 whose body asks to wait, with Retry-After",
      {
        status: 403,
        headers: [['Retry-After', '60'], json],
        body: '{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}',
      },
      'with-backoff',
      60,
      /about pace, not permissions/,
    ],
    [
      "GitHub's primary limit: a 403 with an exhausted quota",
      {
        status: 403,
        headers: [
          ['X-RateLimit-Remaining', '0'],
          ['X-RateLimit-Limit', '60'],
          ['X-RateLimit-Reset', epoch(300)],
        ],
      },
      'with-backoff',
      300,
      /quota is used up/,
    ],
    [
      'a 400 whose body says to slow down',
      { status: 400, headers: [json], body: '{"error":"Too many requests, slow down"}' },
      'with-backoff',
      undefined,
      /about pace/,
    ],
    [
      'Retry-After wins over a later reset',
      {
        status: 429,
        headers: [
          ['Retry-After', '10'],
          ['X-RateLimit-Remaining', '0'],
          ['X-RateLimit-Reset', epoch(600)],
        ],
      },
      'with-backoff',
      10,
      /Retry-After/,
    ],
    [
      'an exhausted quota whose reset already passed (a Unix time years ago, no Date header)',
      {
        status: 429,
        headers: [
          ['X-RateLimit-Remaining', '0'],
          ['X-RateLimit-Reset', '1715690000'],
        ],
      },
      'with-backoff',
      0,
      /already passed/,
    ],
    ['a 403 for permissions', { status: 403 }, 'after-fix', undefined, /other credentials/],
    [
      'a 403 whose body names the fix (User-Agent)',
      {
        status: 403,
        headers: [['Content-Type', 'text/plain']],
        body: 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header.',
      },
      'after-fix',
      undefined,
      /User-Agent header/,
    ],
    ['404', { status: 404 }, 'never', undefined, /./],
    [
      '500 on a GET: idempotent, so retry',
      { status: 500, request: { method: 'GET' } },
      'with-backoff',
      undefined,
      /GET is idempotent/,
    ],
    [
      '500 on a POST: check first',
      { status: 500, request: { method: 'POST' } },
      'after-verify',
      undefined,
      /took effect/,
    ],
    [
      '500 on a POST with an Idempotency-Key: retry with it',
      { status: 500, request: { method: 'POST', headers: [['Idempotency-Key', 'k1']] } },
      'with-backoff',
      undefined,
      /same key/,
    ],
    [
      '503 on a POST with Retry-After: check first, then wait',
      { status: 503, headers: [['Retry-After', '120']], request: { method: 'POST' } },
      'after-verify',
      120,
      /took effect/,
    ],
    ['504 with no request known', { status: 504 }, 'after-verify', undefined, /./],
    [
      '408 on a POST: RFC 9110 §15.5.9 lets it be repeated',
      { status: 408, request: { method: 'POST' } },
      'with-backoff',
      undefined,
      /./,
    ],
    [
      '200 with an error in the body',
      { status: 200, headers: [json], body: '{"errors":[{"message":"boom"}]}' },
      'after-fix',
      undefined,
      /body reports an error/,
    ],
    [
      '301 redirect',
      {
        status: 301,
        headers: [
          ['Location', '/b'],
          ['Retry-After', '5'],
        ],
      },
      'not-applicable',
      undefined,
      /./,
    ],
  ] as [string, ExchangeSpec, RetryVerdict, number | undefined, RegExp][])(
    '%s',
    (_, spec, verdict, wait, reason) => {
      const d = run(spec);
      expect(d.verdict.verdict).toBe(verdict);
      expect(d.verdict.waitSeconds).toBe(wait);
      expect(d.verdict.reason).toMatch(reason);
    },
  );
});

describe('nothing contradicts the verdict', () => {
  const scenarios: [string, ExchangeSpec][] = [
    [
      'secondary rate limit',
      {
        status: 403,
        headers: [['Retry-After', '60'], json],
        body: '{"message":"You have exceeded a secondary rate limit"}',
      },
    ],
    [
      'exhausted quota on a 403',
      {
        status: 403,
        headers: [
          ['X-RateLimit-Remaining', '0'],
          ['X-RateLimit-Reset', epoch(900)],
        ],
      },
    ],
    ['429', { status: 429, headers: [['Retry-After', '30']] }],
    ['403 permissions', { status: 403 }],
    ['401 expired token', { status: 401, headers: [['WWW-Authenticate', 'Bearer error="invalid_token"']] }],
    ['500 POST', { status: 500, request: { method: 'POST' } }],
    [
      '503 GET with Retry-After',
      { status: 503, headers: [['Retry-After', '30']], request: { method: 'GET' } },
    ],
    ['404', { status: 404 }],
  ];

  it.each(scenarios)('%s', (_, spec) => {
    const d = run(spec);
    const steps = d.nextSteps.map((s) => s.text).join('\n');
    const retryable = d.verdict.verdict === 'with-backoff' || d.verdict.verdict === 'after-verify';
    expect(d.backoff !== undefined).toBe(retryable);
    if (retryable) {
      expect(steps).not.toMatch(
        /Do not retry|sending it again unchanged gets the same answer|Retrying will not help/,
      );
      if (d.verdict.waitSeconds !== undefined) {
        expect(d.backoff?.steps[0]?.baseDelayMs).toBe(d.verdict.waitSeconds * 1000);
        // After the server's wait, no wait is shorter (QA report 1, item 13).
        const waits = d.backoff?.steps.map((s) => s.baseDelayMs) ?? [];
        for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[0] ?? 0);
      }
    } else {
      expect(steps).not.toMatch(/Then retry with exponential backoff|before the next attempt/);
    }
  });

  it('a reset an hour away: every later wait is at least that hour', () => {
    const d = run({
      status: 429,
      headers: [
        ['X-RateLimit-Remaining', '0'],
        ['X-RateLimit-Reset', epoch(3600)],
      ],
    });
    expect(d.backoff?.steps.map((s) => s.baseDelayMs)).toEqual([
      3_600_000, 3_600_000, 3_600_000, 3_600_000, 3_600_000,
    ]);
    expect(d.backoff?.steps[0]?.source).toBe('server');
  });
});

describe('a success says whether a repeat matters, for the method sent (RFC 9110 §9.2.2; QA report 1, item 9)', () => {
  it.each([
    ['GET → 200', 200, 'GET', 'Nothing failed.'],
    ['HEAD → 200', 200, 'HEAD', 'Nothing failed.'],
    ['GET → 201 (an echo server)', 201, 'GET', 'Nothing failed: the resource was created.'],
    ['PUT → 200 (idempotent)', 200, 'PUT', 'Nothing failed.'],
    ['POST → 200', 200, 'POST', 'Nothing failed. Sending the POST again would apply it twice.'],
    [
      'POST → 201',
      201,
      'POST',
      'Nothing failed: the resource was created. Sending the POST again would create another.',
    ],
    [
      'PATCH → 202',
      202,
      'PATCH',
      'Nothing failed: the work was accepted; its outcome comes later. Sending the PATCH again would queue a second job.',
    ],
    [
      'POST → 299 (unregistered)',
      299,
      'POST',
      'Nothing failed. Sending the POST again would apply it twice.',
    ],
  ])('%s', (_, status, method, reason) => {
    const d = run({ status, request: { method } });
    expect(d.verdict).toEqual({ verdict: 'not-applicable', reason });
  });

  it('keeps the general rule (a repeated write could apply twice) when the paste has no request', () => {
    expect(run({ status: 200 }).verdict.reason).toMatch(/write/);
  });
});
