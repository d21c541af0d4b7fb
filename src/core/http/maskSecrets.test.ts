import { describe, expect, it } from 'vitest';
import type { ResponseDiff } from '../types';
import { isSecretBodyValue, isSecretHeader, MASK, maskSecretMembers, maskSecrets } from './maskSecrets';

describe('secret masking', () => {
  it.each([
    'Authorization',
    'Proxy-Authorization',
    'Cookie',
    'Set-Cookie',
    'X-API-Key',
    'api_key',
    'X-Auth-Token',
    'X-Amz-Security-Token',
  ])('treats %s as a secret header', (name) => expect(isSecretHeader(name)).toBe(true));
  it.each(['Content-Type', 'Date', 'Server', 'Location', 'Access-Control-Allow-Credentials', ':authority'])(
    'leaves %s in clear',
    (name) => expect(isSecretHeader(name)).toBe(false),
  );
  it('looks at the path and inside values', () => {
    expect(isSecretBodyValue('/data/password', '"x"')).toBe(true);
    expect(isSecretBodyValue('/data', '{"refresh_token": "x"}')).toBe(true);
    expect(isSecretBodyValue('/data/name', '"token"')).toBe(false);
  });
});

describe('maskSecrets', () => {
  const diff: ResponseDiff = {
    status: { a: 200, b: 401, changed: true },
    headers: [
      { name: 'Authorization', change: 'changed', a: 'Bearer a', b: 'Bearer b', ignored: false },
      { name: 'Set-Cookie', change: 'removed', a: 'sid=1', ignored: false },
      { name: 'Content-Type', change: 'changed', a: 'text/plain', b: 'text/html', ignored: false },
    ],
    body: {
      kind: 'json',
      changes: [
        { path: '/token', change: 'changed', a: '"x"', b: '"y"' },
        { path: '/user', change: 'added', b: '{"api_key": "k"}' },
        { path: '/name', change: 'changed', a: '"token"', b: '"n"' },
        { path: '/list/1', change: 'moved', from: '/list/0' },
      ],
    },
    summary: 'status differs',
  };
  const masked = maskSecrets(diff);

  it('masks the values of credential headers and secret body values, and nothing else', () => {
    expect(masked.headers).toEqual([
      { name: 'Authorization', change: 'changed', a: MASK, b: MASK, ignored: false },
      { name: 'Set-Cookie', change: 'removed', a: MASK, ignored: false },
      diff.headers[2],
    ]);
    expect(masked.body.changes).toEqual([
      { path: '/token', change: 'changed', a: MASK, b: MASK },
      { path: '/user', change: 'added', b: MASK },
      diff.body.changes[2],
      diff.body.changes[3],
    ]);
    expect(masked.status).toEqual(diff.status);
    expect(masked.summary).toBe(diff.summary);
  });

  it('leaves the original untouched', () => {
    expect(diff.headers[0]?.a).toBe('Bearer a');
    expect(diff.body.changes[0]?.a).toBe('"x"');
  });
});

describe('maskSecretMembers', () => {
  it.each([
    ['{"access_token":"abc.def","expires_in":3600}', '{"access_token":"•••","expires_in":3600}'],
    ['{"user":{"password" : "hunter2"},"name":"ada"}', '{"user":{"password" : "•••"},"name":"ada"}'],
    ['{"apiKey":"a\\"b","x":"y"}', '{"apiKey":"•••","x":"y"}'],
    ['{"token_count":5,"name":"token"}', '{"token_count":5,"name":"token"}'],
    ['plain text with password in it', 'plain text with password in it'],
    ['{"a":1,"token": "abc', '{"a":1,"token": "•••'],
    ['{"token": "abc\n", "x": 1}', '{"token": "abc\n", "x": 1}'],
  ])('%s', (input, expected) => {
    expect(maskSecretMembers(input)).toBe(expected);
  });
});
