import { describe, it, expect } from 'vitest';
import { interpretReset } from './interpretReset';

const ref = new Date('2026-03-24T12:00:00Z');
const refSeconds = ref.getTime() / 1000;

describe('interpretReset', () => {
  it.each([
    ['Unix seconds (GitHub)', String(refSeconds + 30), false, 30, 'epoch-seconds'],
    ['fractional Unix seconds (Discord)', String(refSeconds + 1.5), false, 1.5, 'epoch-seconds'],
    ['Unix milliseconds', String(ref.getTime() + 45_000), false, 45, 'epoch-milliseconds'],
    ['seconds from now (Reddit)', '30', false, 30, 'delta-seconds'],
    ['fractional delay', '0.25', false, 0.25, 'delta-seconds'],
    ['a whole day of delay', '86400', false, 86400, 'delta-seconds'],
    [
      'a delay header holding a Unix time is still read as a time',
      String(refSeconds + 60),
      true,
      60,
      'epoch-seconds',
    ],
    ['a delay header with a delay', '60', true, 60, 'delta-seconds'],
    ['ISO date (Atlassian)', '2026-03-24T12:10:00Z', false, 600, 'date'],
    ['HTTP date', 'Tue, 24 Mar 2026 12:01:00 GMT', false, 60, 'date'],
    ['timestamp already past', String(refSeconds - 10), false, 0, 'epoch-seconds'],
    // The case: 1715690000 is May 2024, long before the reference: a Unix time that passed,
    // not a delay of 19857 days.
    ['a Unix time two years in the past', '1715690000', false, 0, 'epoch-seconds'],
    [
      'a Unix time years in the future',
      String(refSeconds + 3 * 365 * 86400),
      false,
      3 * 365 * 86400,
      'epoch-seconds',
    ],
    ['Unix milliseconds in the past', '1715690000000', false, 0, 'epoch-milliseconds'],
    ['the largest delay (just under 10^9 s)', '999999999', false, 999999999, 'delta-seconds'],
  ] as [string, string, boolean, number, string][])('%s', (_, value, delta, seconds, interpretation) => {
    const r = interpretReset(value, ref, delta);
    expect(r?.interpretation).toBe(interpretation);
    expect(r?.seconds).toBeCloseTo(seconds, 3);
  });

  it('says when a reset has passed, with or without a Date header to measure it', () => {
    expect(interpretReset('1715690000', ref)).toMatchObject({
      passed: true,
      at: new Date('2024-05-14T12:33:20Z'),
    });
    expect(interpretReset(String(refSeconds + 5), ref)?.passed).toBe(false);
    expect(interpretReset('30', ref)?.passed).toBe(false);
  });

  it.each([['soon'], ['-5'], [''], ['2026-03-24']])('rejects %j', (value) => {
    expect(interpretReset(value, ref)).toBeUndefined();
  });
});
