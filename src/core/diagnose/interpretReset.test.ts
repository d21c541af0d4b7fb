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
      'forced delay even when it looks like a timestamp',
      String(refSeconds),
      true,
      refSeconds,
      'delta-seconds',
    ],
    ['ISO date (Atlassian)', '2026-03-24T12:10:00Z', false, 600, 'date'],
    ['HTTP date', 'Tue, 24 Mar 2026 12:01:00 GMT', false, 60, 'date'],
    ['timestamp already past', String(refSeconds - 10), false, 0, 'epoch-seconds'],
  ] as [string, string, boolean, number, string][])('%s', (_, value, delta, seconds, interpretation) => {
    const r = interpretReset(value, ref, delta);
    expect(r?.interpretation).toBe(interpretation);
    expect(r?.seconds).toBeCloseTo(seconds, 3);
  });

  it.each([['soon'], ['-5'], [''], ['2026-03-24']])('rejects %j', (value) => {
    expect(interpretReset(value, ref)).toBeUndefined();
  });
});
