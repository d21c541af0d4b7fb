import { describe, it, expect } from 'vitest';
import { parseChallenges } from './parseChallenges';

const plain = (value: string) =>
  parseChallenges(value).challenges.map((c) => ({
    scheme: c.scheme,
    token68: c.token68,
    params: { ...c.params },
  }));

describe('parseChallenges', () => {
  it.each([
    ['Basic realm="api"', [{ scheme: 'Basic', params: { realm: 'api' } }]],
    ['Bearer', [{ scheme: 'Bearer', params: {} }]],
    [
      'Bearer realm="example", error="invalid_token", error_description="The access token expired"',
      [
        {
          scheme: 'Bearer',
          params: { realm: 'example', error: 'invalid_token', error_description: 'The access token expired' },
        },
      ],
    ],
    [
      'Bearer realm="a, b", scope="read write"',
      [{ scheme: 'Bearer', params: { realm: 'a, b', scope: 'read write' } }],
    ],
    ['Basic realm="say \\"hi\\" \\\\ ok"', [{ scheme: 'Basic', params: { realm: 'say "hi" \\ ok' } }]],
    [
      'Negotiate YIIGhgYGKwYBBQUCoIIGejCCBnag==',
      [{ scheme: 'Negotiate', token68: 'YIIGhgYGKwYBBQUCoIIGejCCBnag==', params: {} }],
    ],
    [
      // RFC 9110 §11.6.1's own example: two challenges on one line, escaped quotes in a value.
      'Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"',
      [
        { scheme: 'Newauth', params: { realm: 'apps', type: '1', title: 'Login to "apps"' } },
        { scheme: 'Basic', params: { realm: 'simple' } },
      ],
    ],
    [
      'Bearer, Basic realm="fallback"',
      [
        { scheme: 'Bearer', params: {} },
        { scheme: 'Basic', params: { realm: 'fallback' } },
      ],
    ],
    [
      'Negotiate, NTLM',
      [
        { scheme: 'Negotiate', params: {} },
        { scheme: 'NTLM', params: {} },
      ],
    ],
    ['Bearer REALM = "Spaced"', [{ scheme: 'Bearer', params: { realm: 'Spaced' } }]],
    [
      'Digest realm="x", nonce="abc", qop="auth,auth-int", Negotiate abc123=',
      [
        { scheme: 'Digest', params: { realm: 'x', nonce: 'abc', qop: 'auth,auth-int' } },
        { scheme: 'Negotiate', token68: 'abc123=', params: {} },
      ],
    ],
  ])('%s', (value, expected) => {
    expect(plain(value)).toEqual(expected.map((c) => ({ token68: undefined, ...c })));
  });

  it.each([
    ['an unterminated quoted value', 'Basic realm="oops', /never closed/],
    ['a duplicate parameter', 'Basic realm="a", realm="b"', /appears twice/],
    ['garbage where a scheme should be', '"quoted", Basic realm="x"', /authentication scheme/],
  ])('reports %s', (_, value, problem) => {
    const parsed = parseChallenges(value);
    expect(parsed.problems.join(' ')).toMatch(problem);
  });

  it('keeps the first of duplicate parameters and recovers after garbage', () => {
    expect(plain('Basic realm="a", realm="b"')[0]?.params).toEqual({ realm: 'a' });
    expect(plain('"quoted", Basic realm="x"').map((c) => c.scheme)).toEqual(['Basic']);
  });

  it('does not let a parameter named __proto__ change the object', () => {
    const [c] = parseChallenges('Bearer __proto__="x"').challenges;
    expect(Object.keys(c?.params ?? {})).toEqual(['__proto__']);
  });
});
