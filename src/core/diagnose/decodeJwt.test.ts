import { describe, expect, it } from 'vitest';
import { bearerToken, decodeJwt } from './decodeJwt';
import { makeJwt } from './testJwt';

describe('decodeJwt', () => {
  it.each([
    [
      'registered claims',
      { iss: 'https://id.example', sub: 'u1', aud: 'api', iat: 1, nbf: 2, exp: 3 },
      { iss: 'https://id.example', sub: 'u1', aud: 'api', iat: 1, nbf: 2, exp: 3 },
    ],
    [
      'audience list and scope',
      { aud: ['a', 'b'], scope: 'read write' },
      { aud: ['a', 'b'], scope: 'read write' },
    ],
    ['scp array as scope', { scp: ['read', 'write'] }, { scope: 'read write' }],
    ['claims of the wrong type are left out', { exp: 'soon', sub: 42 }, {}],
  ])('%s', (_, payload, claims) => {
    expect(decodeJwt(makeJwt(payload))?.claims).toEqual(claims);
  });

  it('reads the algorithm', () => {
    expect(decodeJwt(makeJwt({}, 'none'))?.alg).toBe('none');
  });

  it.each([
    ['an opaque token', 'abc123'],
    ['two parts', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0'],
    ['a payload that is not JSON', 'eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.sig'],
    ['a JWE (five parts)', 'a.b.c.d.e'],
  ])('undefined for %s', (_, token) => {
    expect(decodeJwt(token)).toBeUndefined();
  });

  it.each([
    ['Bearer abc', 'abc'],
    ['bearer   abc ', 'abc'],
    ['Basic dXNlcjpwYXNz', undefined],
    [undefined, undefined],
  ])('bearerToken(%j)', (value, token) => {
    expect(bearerToken(value)).toBe(token);
  });
});
