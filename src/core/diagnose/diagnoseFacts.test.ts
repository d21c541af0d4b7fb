/**
 * Facts of the diagnosis checked against their sources; each test names the section it follows.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import { findBodyNotAllowed } from './findBodyNotAllowed';
import { findIdempotency } from './findIdempotency';
import { findRateLimit } from './findRateLimit';
import { findRetryAfter } from './findRetryAfter';
import { makeContext, makeExchange, TEST_NOW } from './testExchange';

describe('diagnosis facts', () => {
  it.each(['PUT', 'DELETE', 'PATCH'])(
    'RFC 9110 §15.4.2-3 and Fetch: a %s followed through 301/302 is not rewritten to GET',
    (method) => {
      const d = diagnose(makeExchange({ status: 302, headers: [['Location', '/b']], request: { method } }), {
        now: TEST_NOW,
      });
      const finding = d.findings.find((f) => f.id === 'redirect-method');
      expect(finding?.data).toMatchObject({ methodKept: 'yes' });
      expect(d.nextSteps.map((s) => s.text).join(' ')).not.toMatch(/may arrive there as a GET/);
    },
  );

  it('RFC 9110 §15.4.3: a POST followed through 302 may become a GET', () => {
    const d = diagnose(
      makeExchange({ status: 302, headers: [['Location', '/b']], request: { method: 'POST' } }),
      { now: TEST_NOW },
    );
    expect(d.findings.find((f) => f.id === 'redirect-method')).toMatchObject({ severity: 'warning' });
  });

  it('RFC 9110 §15.5.9: a 408 may be repeated whatever the method, so no duplicate-effect warning', () => {
    expect(findIdempotency(makeContext({ status: 408, request: { method: 'POST' } }))).toEqual([]);
    const d = diagnose(makeExchange({ status: 408, request: { method: 'POST' } }), { now: TEST_NOW });
    expect(d.verdict.verdict).toBe('with-backoff');
  });

  it('RFC 9112 §6.3: a 205 is framed normally; its content is forbidden, not read as the next response', () => {
    const [f] = findBodyNotAllowed(makeContext({ status: 205, body: 'oops' }));
    expect(f?.detail).toMatch(/framed normally \(RFC 9112 §6\.3\)/);
    expect(f?.detail).not.toMatch(/next response/);
    const [g] = findBodyNotAllowed(makeContext({ status: 204, body: 'oops' }));
    expect(g?.detail).toMatch(/next response/);
  });

  it.each([
    ['requests', 'default;q=100;w=60', '100 requests'],
    ['content-bytes', 'default;q=5000;w=60;qu="content-bytes"', '5000 bytes of content'],
    ['concurrent-requests', 'default;q=10;qu="concurrent-requests"', '10 concurrent requests'],
  ])('RateLimit draft §2.1 (qu): a %s quota is described in its unit', (_, policy, words) => {
    const [f] = findRateLimit(
      makeContext({
        status: 200,
        headers: [
          ['RateLimit-Policy', policy],
          ['RateLimit', 'default;r=3;t=10'],
        ],
      }),
    );
    expect(f?.title).toContain(`3 of ${words}`);
  });

  it('RateLimit draft §3.1: Retry-After takes precedence over the reset', () => {
    const d = diagnose(
      makeExchange({
        status: 429,
        headers: [
          ['Retry-After', '5'],
          ['RateLimit-Policy', 'default;q=10;w=60'],
          ['RateLimit', 'default;r=0;t=50'],
        ],
      }),
      { now: TEST_NOW },
    );
    expect(d.verdict.waitSeconds).toBe(5);
    expect(d.backoff?.steps[0]?.baseDelayMs).toBe(5000);
    expect(d.findings.find((f) => f.id === 'rate-limit')?.detail).toMatch(
      /Retry-After says when, and it takes precedence/,
    );
  });

  it('RFC 9110 §5.6.7: senders MUST generate Retry-After dates as IMF-fixdate', () => {
    const [f] = findRetryAfter(
      makeContext({ status: 503, headers: [['Retry-After', 'Tuesday, 24-Mar-26 12:01:00 GMT']] }),
    );
    expect(f?.detail).toMatch(/MUST use the IMF-fixdate form/);
  });

  it('RFC 9110 §15.6.4: a POST that got a 503 is checked before it is repeated, as the idempotency finding says', () => {
    const d = diagnose(makeExchange({ status: 503, request: { method: 'POST' } }), { now: TEST_NOW });
    expect(d.findings.find((f) => f.id === 'not-idempotent')).toBeDefined();
    expect(d.verdict.verdict).toBe('after-verify');
  });
});
