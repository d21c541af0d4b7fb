import { describe, it, expect } from 'vitest';
import { parseRetryAfter } from './parseRetryAfter';

const ref = new Date('2026-03-24T12:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['30', 30, '2026-03-24T12:00:30.000Z', 'delay-seconds', false],
    ['0', 0, '2026-03-24T12:00:00.000Z', 'delay-seconds', false],
    ['1.5', 1.5, '2026-03-24T12:00:01.500Z', 'decimal-seconds', false],
    ['Tue, 24 Mar 2026 12:02:00 GMT', 120, '2026-03-24T12:02:00.000Z', 'imf-fixdate', false],
    ['Tuesday, 24-Mar-26 12:00:45 GMT', 45, '2026-03-24T12:00:45.000Z', 'rfc850', false],
    ['Tue Mar 24 13:00:00 2026', 3600, '2026-03-24T13:00:00.000Z', 'asctime', false],
    ['Tue, 24 Mar 2026 11:59:00 GMT', 0, '2026-03-24T11:59:00.000Z', 'imf-fixdate', true],
  ])('%j', (value, wait, at, form, passed) => {
    const r = parseRetryAfter(value, ref);
    expect(r).toEqual({ waitSeconds: wait, retryAt: new Date(at), form, passed });
  });

  it.each([['-5'], ['soon'], ['30s'], [''], ['2026-03-24T12:00:30Z'], ['1e3'], ['9'.repeat(400)]])(
    'rejects %j',
    (value) => {
      expect(parseRetryAfter(value, ref)).toBeUndefined();
    },
  );
});
