import { describe, it, expect } from 'vitest';
import { findRetryAfter } from './findRetryAfter';
import { makeContext } from './testExchange';

describe('findRetryAfter', () => {
  it.each([
    ['delay-seconds', [['Retry-After', '30']], 30, '2026-03-24T12:00:30.000Z', 'now'],
    [
      'HTTP-date relative to the Date header, not to now',
      [
        ['Date', 'Mon, 23 Mar 2026 08:00:00 GMT'],
        ['Retry-After', 'Mon, 23 Mar 2026 08:01:30 GMT'],
      ],
      90,
      '2026-03-23T08:01:30.000Z',
      'date-header',
    ],
    [
      'HTTP-date relative to now without Date',
      [['Retry-After', 'Tue, 24 Mar 2026 12:05:00 GMT']],
      300,
      '2026-03-24T12:05:00.000Z',
      'now',
    ],
    [
      'delay-seconds counted from the Date header',
      [
        ['Date', 'Mon, 23 Mar 2026 08:00:00 GMT'],
        ['Retry-After', '120'],
      ],
      120,
      '2026-03-23T08:02:00.000Z',
      'date-header',
    ],
  ] as [string, [string, string][], number, string, string][])(
    '%s',
    (_, headers, wait, retryAt, relativeTo) => {
      const [f] = findRetryAfter(makeContext({ status: 429, headers }));
      expect(f?.id).toBe('retry-after');
      expect(f?.severity).toBe('info');
      expect(f?.data).toMatchObject({ waitSeconds: wait, retryAt, relativeTo });
    },
  );

  it('warns that an invalid value is unusable', () => {
    const [f] = findRetryAfter(makeContext({ status: 503, headers: [['Retry-After', 'in a minute']] }));
    expect(f).toMatchObject({ id: 'retry-after', severity: 'warning', data: { valid: false } });
    expect(f?.detail).toContain('ignore');
  });

  it('flags fractional seconds as non-standard but still gives the wait', () => {
    const [f] = findRetryAfter(makeContext({ status: 429, headers: [['Retry-After', '0.5']] }));
    expect(f?.severity).toBe('warning');
    expect(f?.data).toHaveProperty('waitSeconds', 0.5);
  });

  it('says when the date has already passed', () => {
    const [f] = findRetryAfter(
      makeContext({ status: 503, headers: [['Retry-After', 'Tue, 24 Mar 2026 11:00:00 GMT']] }),
    );
    expect(f?.title).toMatch(/already passed/);
    expect(f?.data).toHaveProperty('waitSeconds', 0);
  });

  it('reports nothing without the header', () => {
    expect(findRetryAfter(makeContext({ status: 429 }))).toEqual([]);
  });
});
