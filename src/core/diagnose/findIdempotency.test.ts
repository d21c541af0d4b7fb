import { describe, it, expect } from 'vitest';
import { findIdempotency } from './findIdempotency';
import { makeContext } from './testExchange';

describe('findIdempotency', () => {
  it.each([
    ['POST', 500],
    ['POST', 502],
    ['PATCH', 503],
    ['POST', 504],
    ['POST', 524],
  ])('%s met %d: retry may duplicate', (m, status) => {
    const [f] = findIdempotency(makeContext({ status, request: { method: m } }));
    expect(f).toMatchObject({ id: 'not-idempotent', severity: 'warning', data: { method: m.toUpperCase() } });
    expect(f?.detail).toContain('Idempotency-Key');
  });

  it.each([
    ['GET', 500],
    ['PUT', 504],
    ['DELETE', 502],
    ['POST', 400],
    ['POST', 501],
    ['POST', 200],
    // RFC 9110 §15.5.9: the server did not receive the whole request, and the client MAY repeat it.
    ['POST', 408],
  ])('nothing for %s + %d', (m, status) => {
    expect(findIdempotency(makeContext({ status, request: { method: m } }))).toEqual([]);
  });

  it('nothing when the request is unknown', () => {
    expect(findIdempotency(makeContext({ status: 504 }))).toEqual([]);
  });

  it.each([['Idempotency-Key'], ['X-Idempotency-Key']])('says a retry with the same %s is safe', (header) => {
    const [f] = findIdempotency(
      makeContext({ status: 504, request: { method: 'POST', headers: [[header, 'k-123']] } }),
    );
    expect(f).toMatchObject({
      severity: 'info',
      data: { method: 'POST', idempotencyKey: 'k-123', keyHeader: header },
    });
    expect(f?.detail).toContain('same key');
  });
});
