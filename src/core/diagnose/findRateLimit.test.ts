import { describe, it, expect } from 'vitest';
import { findRateLimit } from './findRateLimit';
import { makeContext, TEST_NOW } from './testExchange';

const epoch = (s: number) => String(TEST_NOW.getTime() / 1000 + s);

describe('findRateLimit', () => {
  it.each([
    [
      '429 exhausted: error with human terms',
      429,
      [
        ['X-RateLimit-Limit', '100'],
        ['X-RateLimit-Remaining', '0'],
        ['X-RateLimit-Reset', epoch(30)],
      ],
      'error',
      {
        exhausted: true,
        remaining: 0,
        limit: 100,
        resetSeconds: 30,
        resetAt: '2026-03-24T12:00:30.000Z',
        resetInterpretation: 'epoch-seconds',
      },
      '0 of 100 requests left; resets in 30 s at 12:00:30 UTC',
    ],
    [
      '403 exhausted (GitHub): the rate limit, not permissions',
      403,
      [
        ['x-ratelimit-limit', '60'],
        ['x-ratelimit-remaining', '0'],
        ['x-ratelimit-used', '60'],
        ['x-ratelimit-resource', 'core'],
        ['x-ratelimit-reset', epoch(1200)],
      ],
      'error',
      { exhausted: true, policy: 'core', used: 60 },
      'not from missing permissions',
    ],
    [
      '200 with the last request used: warning',
      200,
      [
        ['RateLimit', '"default";r=0;t=30'],
        ['RateLimit-Policy', '"default";q=100;w=60'],
      ],
      'warning',
      { exhausted: true, remaining: 0, limit: 100, policy: 'default', windowSeconds: 60 },
      'used the last of the quota',
    ],
    [
      'plenty left: info',
      200,
      [
        ['X-RateLimit-Limit', '100'],
        ['X-RateLimit-Remaining', '42'],
      ],
      'info',
      { exhausted: false, remaining: 42, limit: 100 },
      '42 of 100 requests left',
    ],
    [
      'nearly exhausted: warning',
      200,
      [
        ['X-RateLimit-Limit', '100'],
        ['X-RateLimit-Remaining', '5'],
      ],
      'warning',
      { exhausted: false, remaining: 5 },
      'Less than a tenth',
    ],
    [
      'says how it read a delay reset',
      429,
      [
        ['X-RateLimit-Remaining', '0'],
        ['X-RateLimit-Reset', '45'],
      ],
      'error',
      { resetSeconds: 45, resetInterpretation: 'delta-seconds' },
      'X-RateLimit-Reset "45" was read as seconds from now',
    ],
  ] as [string, number, [string, string][], string, Record<string, unknown>, string][])(
    '%s',
    (_, status, headers, severity, data, phrase) => {
      const [f] = findRateLimit(makeContext({ status, headers }));
      expect(f?.id).toBe('rate-limit');
      expect(f?.severity).toBe(severity);
      expect(f?.data).toMatchObject(data);
      expect(f?.detail).toContain(phrase);
    },
  );

  it('picks the exhausted quota among several and lists the others', () => {
    const [f] = findRateLimit(
      makeContext({
        status: 429,
        headers: [
          ['RateLimit', '"burst";r=10;t=1, "daily";r=0;t=3600'],
          ['RateLimit-Policy', '"burst";q=20;w=1, "daily";q=1000;w=86400'],
        ],
      }),
    );
    expect(f?.data).toMatchObject({ policy: 'daily', exhausted: true, resetSeconds: 3600 });
    expect(f?.data).toHaveProperty('policies.length', 2);
    expect(f?.detail).toContain('Other quotas: 10 of 20 requests left');
  });

  it('reports nothing without rate-limit headers', () => {
    expect(findRateLimit(makeContext({ status: 429 }))).toEqual([]);
  });
});

describe('findRateLimit: how resets are read', () => {
  it('reads a Unix time in the past as a reset that passed, with no Date header, and says so', () => {
    const [f] = findRateLimit(
      makeContext({
        status: 429,
        headers: [
          ['X-RateLimit-Remaining', '0'],
          ['X-RateLimit-Reset', '1715690000'],
        ],
      }),
    );
    expect(f?.data).toMatchObject({
      resetSeconds: 0,
      resetPassed: true,
      resetInterpretation: 'epoch-seconds',
    });
    expect(f?.detail).toMatch(
      /"1715690000" was read as a Unix time in seconds \(a number this large cannot be a delay\)/,
    );
    expect(f?.detail).toMatch(/in the past by this computer's clock \(the response has no Date header\)/);
    expect(f?.detail).toMatch(/next request may go now/);
    expect(f?.detail).not.toMatch(/19857|2081/);
  });

  it('reads a small number as a delay and says why', () => {
    const [f] = findRateLimit(
      makeContext({
        status: 429,
        headers: [
          ['X-RateLimit-Remaining', '0'],
          ['X-RateLimit-Reset', '42'],
        ],
      }),
    );
    expect(f?.data).toMatchObject({
      resetSeconds: 42,
      resetPassed: false,
      resetInterpretation: 'delta-seconds',
    });
    expect(f?.detail).toMatch(/read as seconds from now \(a number this small cannot be a Unix time\)/);
  });

  it('says Retry-After takes precedence when both are present', () => {
    const [f] = findRateLimit(
      makeContext({
        status: 403,
        headers: [
          ['Retry-After', '30'],
          ['X-RateLimit-Remaining', '0'],
          ['X-RateLimit-Reset', epoch(900)],
        ],
      }),
    );
    expect(f?.detail).toMatch(/wait as Retry-After says \(it takes precedence over the reset\)/);
  });
});
