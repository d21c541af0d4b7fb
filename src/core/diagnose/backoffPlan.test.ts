import { describe, it, expect } from 'vitest';
import { backoffPlan, DEFAULT_MAX_ATTEMPTS, JITTER_MAX_MS, JITTER_MIN_MS } from './backoffPlan';

const delays = (plan: ReturnType<typeof backoffPlan>) => plan?.steps.map((s) => s.baseDelayMs);

describe('backoffPlan', () => {
  it.each([
    ['no floor: 1, 2, 4, 8, 16 s', { verdict: 'with-backoff' as const }, [1000, 2000, 4000, 8000, 16000]],
    [
      'a server wait below 1 s is waited as given',
      { verdict: 'with-backoff' as const, floorSeconds: 0.25 },
      [250, 1000, 2000, 4000, 8000],
    ],
    [
      'Retry-After 30 s first; after it no wait is shorter: doubling from it (QA report 1, item 13)',
      { verdict: 'with-backoff' as const, floorSeconds: 30 },
      [30000, 60000, 120000, 240000, 480000],
    ],
    [
      'a reset an hour away: the doubling is capped, but never below the server’s wait',
      { verdict: 'with-backoff' as const, floorSeconds: 3600 },
      [3600000, 3600000, 3600000, 3600000, 3600000],
    ],
    [
      'a server wait that has passed: the first retry may go now',
      { verdict: 'with-backoff' as const, floorSeconds: 0 },
      [0, 1000, 2000, 4000, 8000],
    ],
    [
      'fractional floor rounds up to the millisecond',
      { verdict: 'with-backoff' as const, floorSeconds: 1.5004 },
      [1501, 3002, 6004, 12008, 24016],
    ],
    [
      'a 2-minute wait doubles up to the 10-minute cap',
      { verdict: 'with-backoff' as const, floorSeconds: 120 },
      [120000, 240000, 480000, 600000, 600000],
    ],
    ['after-verify gets a plan too', { verdict: 'after-verify' as const }, [1000, 2000, 4000, 8000, 16000]],
    ['custom attempt cap', { verdict: 'with-backoff' as const, maxAttempts: 3 }, [1000, 2000, 4000]],
  ])('%s', (_, input, expected) => {
    expect(delays(backoffPlan(input))).toEqual(expected);
  });

  it.each([['never'], ['after-fix'], ['not-applicable']] as const)('no plan for %s', (verdict) => {
    expect(backoffPlan({ verdict })).toBeUndefined();
  });

  it('numbers attempts from 1 and adds the jitter range to each', () => {
    const plan = backoffPlan({ verdict: 'with-backoff' });
    expect(plan?.maxAttempts).toBe(DEFAULT_MAX_ATTEMPTS);
    expect(plan?.steps.map((s) => s.attempt)).toEqual([1, 2, 3, 4, 5]);
    expect(plan?.steps.every((s) => s.jitterMinMs === JITTER_MIN_MS && s.jitterMaxMs === JITTER_MAX_MS)).toBe(
      true,
    );
  });

  it("records the floor, marks its step as the server's, and explains it in the rules", () => {
    const plan = backoffPlan({ verdict: 'with-backoff', floorSeconds: 30, floorSource: 'Retry-After' });
    expect(plan?.floorSeconds).toBe(30);
    expect(plan?.steps.map((s) => s.source)).toEqual(['server', 'backoff', 'backoff', 'backoff', 'backoff']);
    expect(plan?.rules.join(' ')).toContain(
      'Retry-After asks for 30 s: wait that long before the first retry',
    );
    expect(plan?.rules.join(' ')).toContain(
      'never wait less than the server asked: double from 30 s (1 min, 2 min, 4 min…)',
    );
  });

  it('no wait after the server’s is shorter than it, whatever the wait (QA report 1, item 13)', () => {
    for (const floorSeconds of [1, 7, 30, 59.5, 100, 900, 86_400]) {
      const waits = delays(backoffPlan({ verdict: 'with-backoff', floorSeconds })) ?? [];
      for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1] ?? 0);
    }
  });

  it("says when the server's moment has already passed", () => {
    const plan = backoffPlan({
      verdict: 'with-backoff',
      floorSeconds: 0,
      floorSource: 'the rate-limit reset',
    });
    expect(plan?.rules.join(' ')).toContain('The rate-limit reset has already passed');
  });

  it.each([
    ['the jitter', /100–500 ms/],
    ['the cap', /Stop after 5 retries/],
    ['later Retry-After values', /response carries its own Retry-After/],
  ])('rules mention %s', (_, phrase) => {
    expect(backoffPlan({ verdict: 'with-backoff' })?.rules.join(' ')).toMatch(phrase);
  });

  it('after-verify rules start with the check', () => {
    expect(backoffPlan({ verdict: 'after-verify' })?.rules[0]).toMatch(/took effect/);
  });

  it('ignores a meaningless floor', () => {
    expect(backoffPlan({ verdict: 'with-backoff', floorSeconds: Number.NaN })?.floorSeconds).toBeUndefined();
  });
});
