import { describe, expect, it } from 'vitest';
import { isSecretName, scrubJwts } from './secretNames';

const none = new Set<string>();

describe('isSecretName', () => {
  it.each([
    'Authorization',
    'Proxy-Authorization',
    'Cookie',
    'Set-Cookie',
    'X-API-Key',
    'x-amz-security-token',
    'X-CSRF-Token',
    'access_token',
    'refresh_token',
    'id_token',
    'client_secret',
    'password',
    'new_password',
    'passphrase',
    'api_key',
    'apiKey',
    'key',
    'sig',
    'X-Amz-Signature',
    'X-Amz-Credential',
    'code',
    'session_id',
    'sessionid',
    'sid',
    'pin',
    'card_number',
    'cvv',
    'otp',
    'auth',
    'x-auth',
    'private_key',
    'assertion',
    'jwt',
  ])('%s is secret', (name) => {
    expect(isSecretName(name, none)).toBe(true);
  });

  it.each([
    ':authority',
    'Access-Control-Allow-Credentials',
    'Access-Control-Allow-Headers',
    'WWW-Authenticate',
    'token_type',
    'expires_in',
    'content-type',
    'accept',
    'footprint',
    'bypass',
    'monkey',
    'author',
    'keyboard',
    'passenger',
    'name',
  ])('%s is not', (name) => {
    expect(isSecretName(name, none)).toBe(false);
  });

  it('takes extra names', () => {
    expect(isSecretName('X-Tenant', new Set(['x-tenant']))).toBe(true);
  });
});

describe('scrubJwts', () => {
  it.each([
    ['a JWT in a sentence', 'token eyJhbGciOiJI.eyJzdWIiOiIx.c2ln here', 'token R here', 1],
    ['an unsigned JWT', 'eyJhbGciOiJub25l.eyJzdWIiOiIx.', 'R', 1],
    ['two JWTs', 'eyJhbGciOiJI.eyJzdWIiOiIx.a,eyJhbGciOiJI.eyJzdWIiOiIy.b', 'R,R', 2],
    ['base64 that is no JWT', 'eyJmb28iOjF9', 'eyJmb28iOjF9', 0],
  ])('%s', (_, text, expected, count) => {
    let found = 0;
    expect(scrubJwts(text, 'R', () => found++)).toBe(expected);
    expect(found).toBe(count);
  });
});
