import { describe, expect, it } from 'vitest';
import { findCookies } from './findCookies';
import { makeContext } from './testExchange';

const DATE = 'Tue, 24 Mar 2026 10:00:00 GMT';

function cookieProblems(setCookie: string, target = 'https://shop.example/login') {
  const ctx = makeContext({
    status: 200,
    headers: [
      ['Date', DATE],
      ['Set-Cookie', setCookie],
    ],
    request: { target },
  });
  return findCookies(ctx).map((f) =>
    f.id === 'cookie' ? [f.data.name, f.data.problem, f.severity] : [f.id],
  );
}

describe('findCookies', () => {
  it.each([
    [
      'SameSite=None without Secure',
      'sid=1; SameSite=None',
      undefined,
      [['sid', 'samesite-none-insecure', 'warning']],
    ],
    [
      'an unknown SameSite value',
      'sid=1; Secure; SameSite=Loose',
      undefined,
      [['sid', 'samesite-invalid', 'warning']],
    ],
    ['Secure over http', 'sid=1; Secure', 'http://shop.example/', [['sid', 'secure-over-http', 'warning']]],
    ['Secure over http on localhost is fine', 'sid=1; Secure', 'http://localhost:3000/', []],
    [
      '__Secure- without Secure',
      '__Secure-id=1; Path=/',
      undefined,
      [['__Secure-id', 'secure-prefix', 'warning']],
    ],
    [
      '__Host- with a Domain',
      '__Host-id=1; Secure; Path=/; Domain=shop.example',
      undefined,
      [['__Host-id', 'host-prefix', 'warning']],
    ],
    ['__Host- done right', '__Host-id=1; Secure; Path=/', undefined, []],
    [
      'a Domain that does not cover the host',
      'sid=1; Domain=other.example',
      undefined,
      [['sid', 'domain-mismatch', 'warning']],
    ],
    ['a parent Domain', 'sid=1; Domain=.example', undefined, []],
    [
      'Partitioned without Secure',
      'sid=1; Partitioned',
      undefined,
      [['sid', 'partitioned-insecure', 'warning']],
    ],
    [
      'an Expires in the past',
      'sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
      undefined,
      [['sid', 'expired', 'info']],
    ],
    ['Max-Age=0', 'sid=; Max-Age=0', undefined, [['sid', 'deleted', 'info']]],
    ['a lifetime past 400 days', 'sid=1; Max-Age=63072000', undefined, [['sid', 'lifetime-capped', 'info']]],
    ['a value over 4096 bytes', `big=${'x'.repeat(4100)}`, undefined, [['big', 'too-large', 'warning']]],
    ['a sound cookie', 'sid=abc; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=3600', undefined, []],
  ])('%s', (_, value, target, expected) => {
    expect(cookieProblems(value, target)).toEqual(expected);
  });

  it('reads each Set-Cookie line separately', () => {
    const ctx = makeContext({
      headers: [
        ['Set-Cookie', 'a=1; SameSite=None'],
        ['Set-Cookie', 'b=2; Expires=Wed, 21 Oct 2015 07:28:00 GMT'],
      ],
      request: { target: 'https://x.example/' },
    });
    expect(findCookies(ctx).map((f) => f.id === 'cookie' && f.data.name)).toEqual(['a', 'b']);
  });
});
