import { describe, expect, it } from 'vitest';
import { isIdempotentMethod, isSafeMethod, mayApplyTwice } from './methods';

describe('methods (RFC 9110 §9.2)', () => {
  it.each([
    ['GET', true, true],
    ['head', true, true],
    ['OPTIONS', true, true],
    ['TRACE', true, true],
    ['PUT', false, true],
    ['DELETE', false, true],
    ['POST', false, false],
    ['PATCH', false, false],
    ['PROPFIND', false, false],
  ])('%s: safe %s, idempotent %s', (method, safe, idempotent) => {
    expect(isSafeMethod(method)).toBe(safe);
    expect(isIdempotentMethod(method)).toBe(idempotent);
    expect(mayApplyTwice(method)).toBe(!idempotent);
  });
});
