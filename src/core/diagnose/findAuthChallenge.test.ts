import { describe, it, expect } from 'vitest';
import { findAuthChallenge } from './findAuthChallenge';
import { makeContext } from './testExchange';

describe('findAuthChallenge', () => {
  it.each([
    [
      'expired token',
      'Bearer realm="example", error="invalid_token", error_description="The access token expired"',
      'error',
      { scheme: 'Bearer', realm: 'example', error: 'invalid_token', description: 'The access token expired' },
      'expired, was revoked',
    ],
    [
      'missing scope',
      'Bearer error="insufficient_scope", scope="repo:write"',
      'error',
      { error: 'insufficient_scope', scope: 'repo:write' },
      'lacks the scopes',
    ],
    [
      'malformed request',
      'Bearer error="invalid_request"',
      'error',
      { error: 'invalid_request' },
      'malformed',
    ],
    [
      'no error code: no credentials reached the server',
      'Bearer realm="api"',
      'info',
      { scheme: 'Bearer', realm: 'api' },
      'No error code',
    ],
    [
      'Basic',
      'Basic realm="Admin area", charset="UTF-8"',
      'info',
      { scheme: 'Basic', realm: 'Admin area' },
      'base64 of user:password',
    ],
  ])('%s', (_, value, severity, data, phrase) => {
    const [f] = findAuthChallenge(makeContext({ status: 401, headers: [['WWW-Authenticate', value]] }));
    expect(f?.id).toBe('auth-challenge');
    expect(f?.severity).toBe(severity);
    expect(f?.data).toMatchObject(data);
    expect(f?.detail).toContain(phrase);
  });

  it('collects challenges from several header lines and picks the one with an error', () => {
    const [f] = findAuthChallenge(
      makeContext({
        status: 401,
        headers: [
          ['WWW-Authenticate', 'Basic realm="legacy"'],
          ['WWW-Authenticate', 'Bearer realm="api", error="invalid_token"'],
        ],
      }),
    );
    expect(f?.data).toHaveProperty('scheme', 'Bearer');
    expect(f?.data).toHaveProperty('challenges.length', 2);
    expect(f?.detail).toContain('Schemes offered: Basic, Bearer');
  });

  it.each([
    ['no Authorization header', [], 'no Authorization header'],
    ['the wrong scheme word', [['Authorization', 'Token abc']], 'the scheme word is missing or wrong'],
  ] as [string, [string, string][], string][])(
    'compares with the request: %s',
    (_, requestHeaders, phrase) => {
      const [f] = findAuthChallenge(
        makeContext({
          status: 401,
          headers: [['WWW-Authenticate', 'Bearer']],
          request: { headers: requestHeaders },
        }),
      );
      expect(f?.detail).toContain(phrase);
    },
  );

  it('does not complain when the sent scheme matches', () => {
    const [f] = findAuthChallenge(
      makeContext({
        status: 401,
        headers: [['WWW-Authenticate', 'Bearer']],
        request: { headers: [['Authorization', 'bearer abc']] },
      }),
    );
    expect(f?.detail).not.toContain('scheme word');
  });

  it('reads Proxy-Authenticate separately', () => {
    const findings = findAuthChallenge(
      makeContext({ status: 407, headers: [['Proxy-Authenticate', 'Basic realm="proxy"']] }),
    );
    expect(findings.map((f) => f.id === 'auth-challenge' && f.data.header)).toEqual(['Proxy-Authenticate']);
  });

  it('warns about an unreadable header', () => {
    const [f] = findAuthChallenge(makeContext({ status: 401, headers: [['WWW-Authenticate', '']] }));
    expect(f?.severity).toBe('warning');
  });
});
