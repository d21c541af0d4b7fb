import { describe, it, expect } from 'vitest';
import type { Header } from '../types';
import { readRateLimits } from './readRateLimits';

const ref = new Date('2026-03-24T12:00:00Z');
const epoch = (s: number) => String(ref.getTime() / 1000 + s);
const h = (pairs: [string, string][]): Header[] => pairs.map(([name, value]) => ({ name, value }));

describe('readRateLimits', () => {
  it.each([
    [
      'X-RateLimit-* with Unix reset',
      [
        ['X-RateLimit-Limit', '100'],
        ['X-RateLimit-Remaining', '0'],
        ['X-RateLimit-Reset', epoch(30)],
      ],
      {
        source: 'X-RateLimit-*',
        limit: 100,
        remaining: 0,
        resetSeconds: 30,
        interpretation: 'epoch-seconds',
      },
    ],
    [
      'GitHub used and resource',
      [
        ['x-ratelimit-limit', '5000'],
        ['x-ratelimit-used', '5000'],
        ['x-ratelimit-resource', 'core'],
        ['x-ratelimit-reset', epoch(600)],
      ],
      { limit: 5000, used: 5000, remaining: 0, policy: 'core', resetSeconds: 600 },
    ],
    [
      'Twitter X-Rate-Limit-*',
      [
        ['X-Rate-Limit-Limit', '15'],
        ['X-Rate-Limit-Remaining', '3'],
        ['X-Rate-Limit-Reset', epoch(900)],
      ],
      { source: 'X-Rate-Limit-*', limit: 15, remaining: 3, resetSeconds: 900 },
    ],
    [
      'Discord Reset-After (fractional delay) wins over Reset',
      [
        ['X-RateLimit-Limit', '5'],
        ['X-RateLimit-Remaining', '0'],
        ['X-RateLimit-Reset', epoch(1)],
        ['X-RateLimit-Reset-After', '0.25'],
        ['X-RateLimit-Bucket', 'abcd1234'],
      ],
      { remaining: 0, resetSeconds: 0.25, interpretation: 'delta-seconds', policy: 'abcd1234' },
    ],
    [
      'Reddit fractional counts and delay reset',
      [
        ['x-ratelimit-used', '2'],
        ['x-ratelimit-remaining', '598.0'],
        ['x-ratelimit-reset', '310'],
      ],
      { remaining: 598, used: 2, resetSeconds: 310, interpretation: 'delta-seconds' },
    ],
    [
      'Unix milliseconds reset',
      [
        ['X-RateLimit-Remaining', '0'],
        ['X-RateLimit-Reset', String(ref.getTime() + 5000)],
      ],
      { remaining: 0, resetSeconds: 5, interpretation: 'epoch-milliseconds' },
    ],
    [
      'older draft RateLimit-* with a delay reset and policies after the limit',
      [
        ['RateLimit-Limit', '100, 100;w=60'],
        ['RateLimit-Remaining', '0'],
        ['RateLimit-Reset', '30'],
      ],
      {
        source: 'RateLimit-*',
        limit: 100,
        remaining: 0,
        resetSeconds: 30,
        windowSeconds: 60,
        interpretation: 'delta-seconds',
      },
    ],
    [
      'IETF structured fields',
      [
        ['RateLimit', '"default";r=0;t=30'],
        ['RateLimit-Policy', '"default";q=100;w=60'],
      ],
      {
        source: 'RateLimit (IETF structured field)',
        limit: 100,
        remaining: 0,
        resetSeconds: 30,
        windowSeconds: 60,
        policy: 'default',
      },
    ],
    [
      'earlier dictionary RateLimit',
      [['RateLimit', 'limit=100, remaining=50, reset=5']],
      { limit: 100, remaining: 50, resetSeconds: 5 },
    ],
    [
      'RateLimit-Policy alone (quota without usage)',
      [['RateLimit-Policy', '"hourly";q=1000;w=3600']],
      { limit: 1000, windowSeconds: 3600, policy: 'hourly' },
    ],
  ] as [string, [string, string][], Record<string, unknown>][])('%s', (_, headers, expected) => {
    const [r] = readRateLimits(h(headers), ref);
    expect(r).toBeDefined();
    const flat = {
      source: r?.source,
      limit: r?.limit,
      remaining: r?.remaining,
      used: r?.used,
      policy: r?.policy,
      windowSeconds: r?.windowSeconds,
      resetSeconds: r?.reset?.seconds,
      interpretation: r?.reset?.interpretation,
    };
    expect(flat).toMatchObject(expected);
  });

  it('reads several IETF items, each joined to its policy', () => {
    const readings = readRateLimits(
      h([
        ['RateLimit', '"burst";r=10;t=1, "daily";r=0;t=3600'],
        ['RateLimit-Policy', '"burst";q=20;w=1, "daily";q=1000;w=86400'],
      ]),
      ref,
    );
    expect(readings.map((r) => [r.policy, r.remaining, r.limit, r.windowSeconds, r.reset?.seconds])).toEqual([
      ['burst', 10, 20, 1, 1],
      ['daily', 0, 1000, 86400, 3600],
    ]);
  });

  it('reads per-window headers (Kong)', () => {
    const readings = readRateLimits(
      h([
        ['X-RateLimit-Limit-Minute', '60'],
        ['X-RateLimit-Remaining-Minute', '0'],
        ['X-RateLimit-Limit-Hour', '1000'],
        ['X-RateLimit-Remaining-Hour', '500'],
      ]),
      ref,
    );
    expect(readings.map((r) => [r.policy, r.limit, r.remaining, r.windowSeconds])).toEqual([
      ['minute', 60, 0, 60],
      ['hour', 1000, 500, 3600],
    ]);
  });

  it('combines RateLimit and RateLimit-Policy field lines before reading them (RFC 9651 §4.2)', () => {
    const readings = readRateLimits(
      h([
        ['RateLimit', '"burst";r=10;t=1'],
        ['RateLimit-Policy', '"burst";q=20;w=1'],
        ['RateLimit', '"daily";r=0;t=3600'],
        ['RateLimit-Policy', '"daily";q=1000;w=86400'],
      ]),
      ref,
    );
    expect(readings.map((r) => [r.policy, r.remaining, r.limit])).toEqual([
      ['burst', 10, 20],
      ['daily', 0, 1000],
    ]);
  });

  it.each([
    ['a display string policy name', '%"d%c3%a9j%c3%a0";r=0;t=5', 'déjà'],
    ['a token policy name', 'daily;r=0;t=5', 'daily'],
  ])('reads %s', (_name, value, policy) => {
    expect(readRateLimits(h([['RateLimit', value]]), ref)[0]?.policy).toBe(policy);
  });

  it('finds nothing in unrelated headers', () => {
    expect(readRateLimits(h([['Content-Type', 'application/json']]), ref)).toEqual([]);
  });

  it('ignores a structured field it cannot parse', () => {
    expect(readRateLimits(h([['RateLimit', '"default;r=0']]), ref)).toEqual([]);
  });
});
