import { describe, expect, it } from 'vitest';
import { findToken } from './findToken';
import { createDiagnoseContext } from './diagnoseContext';
import { makeContext, makeExchange, type ExchangeSpec } from './testExchange';
import { epoch, makeJwt } from './testJwt';

const DATE = 'Tue, 24 Mar 2026 10:00:00 GMT';

function withToken(
  claims: Record<string, unknown>,
  status = 401,
  headers: [string, string][] = [['Date', DATE]],
): ExchangeSpec {
  return { status, headers, request: { headers: [['Authorization', `Bearer ${makeJwt(claims)}`]] } };
}

describe('findToken', () => {
  it.each([
    [
      'expired 3 min before a 401',
      withToken({ exp: epoch('2026-03-24T09:57:00Z') }),
      'error',
      'expired 3 min before',
      { expiredAt: '2026-03-24T09:57:00.000Z', secondsPast: 180 },
    ],
    [
      'expired, yet accepted (200)',
      withToken({ exp: epoch('2026-03-24T09:00:00Z') }, 200),
      'warning',
      'expired 1 h',
      { expiredAt: '2026-03-24T09:00:00.000Z' },
    ],
    [
      'not valid yet',
      withToken({ nbf: epoch('2026-03-24T10:00:30Z') }, 401),
      'error',
      'not valid yet',
      { notBefore: '2026-03-24T10:00:30.000Z', secondsEarly: 30 },
    ],
  ] as const)('%s', (_, spec, severity, title, data) => {
    const f = findToken(makeContext(spec)).find((x) => x.id === 'token-expired');
    expect(f).toMatchObject({ severity, data });
    expect(f?.title).toContain(title);
  });

  it.each([
    ['now, without a Date header', undefined, '2025-12-31T23:00:00Z', false],
    ['the recorded start, before now', '2026-01-01T00:10:00Z', '2025-12-31T23:00:00Z', true],
  ])('measures against %s', (_, startedDateTime, now, expired) => {
    const exchange = {
      ...makeExchange(withToken({ exp: epoch('2026-01-01T00:00:00Z') }, 401, [])),
      ...(startedDateTime && { recorded: { startedDateTime } }),
    };
    const ctx = createDiagnoseContext(exchange, new Date(now));
    expect(findToken(ctx).some((f) => f.id === 'token-expired')).toBe(expired);
  });

  it('shows the claims of a valid token, with the time left', () => {
    const findings = findToken(
      makeContext(
        withToken(
          {
            iss: 'https://id.example',
            sub: 'user-7',
            scope: 'orders:read',
            exp: epoch('2026-03-24T11:00:00Z'),
          },
          200,
        ),
      ),
    );
    expect(findings.map((f) => f.id)).toEqual(['token']);
    expect(findings[0]?.title).toContain('valid for 1 h');
    expect(findings[0]?.detail).toContain('subject user-7');
    expect(findings[0]?.detail).toContain('scope "orders:read"');
    expect(findings[0]?.data).toMatchObject({
      claims: { sub: 'user-7' },
      alg: 'RS256',
      expiresAt: '2026-03-24T11:00:00.000Z',
    });
  });

  it('warns about alg none', () => {
    const [f] = findToken(
      makeContext({ request: { headers: [['Authorization', `Bearer ${makeJwt({}, 'none')}`]] } }),
    );
    expect(f?.detail).toContain('unsigned');
  });

  it.each([
    ['no request', {}],
    ['an opaque bearer token', { request: { headers: [['Authorization', 'Bearer 8f2a9c']] } }],
    ['Basic credentials', { request: { headers: [['Authorization', 'Basic dXNlcjpwYXNz']] } }],
  ] as [string, ExchangeSpec][])('nothing for %s', (_, spec) => {
    expect(findToken(makeContext(spec))).toEqual([]);
  });
});

describe('an expired token on a response that is about something else (QA report 1, item 2)', () => {
  it('a 429 is not said to have accepted it', async () => {
    const { diagnose } = await import('./diagnose');
    const { makeExchange, TEST_NOW } = await import('./testExchange');
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1IiwiZXhwIjoxNzAwMDAwMDAwfQ.c2ln';
    const d = diagnose(
      makeExchange({
        status: 429,
        request: { method: 'GET', headers: [['Authorization', `Bearer ${jwt}`]] },
      }),
      { now: TEST_NOW },
    );
    const expired = d.findings.find((f) => f.id === 'token-expired');
    expect(expired?.detail).not.toMatch(/still accepted/);
    expect(expired?.detail).toMatch(/This 429 is not about the token/);
  });
});
