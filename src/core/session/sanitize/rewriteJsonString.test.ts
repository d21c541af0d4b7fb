import { describe, expect, it } from 'vitest';
import { decodeJsonString } from '../../json/decodeJsonString';
import { rewriteJsonString } from './rewriteJsonString';

function rewrite(token: string, next: (before: string) => string): string {
  const before = decodeJsonString(token, 0, token.length);
  return rewriteJsonString(token, before, next(before));
}

describe('rewriteJsonString', () => {
  it.each([
    [
      'stringify-shaped tokens are written anew',
      '"a\\"b token=x"',
      (s: string) => s.replace('x', 'R'),
      '"a\\"b token=R"',
    ],
    [
      'unicode escapes elsewhere stay',
      '"caf\\u00e9?token=x&q=\\u00e9"',
      (s: string) => s.replace('token=x', 'token=R'),
      '"caf\\u00e9?token=R&q=\\u00e9"',
    ],
    [
      'escaped slashes stay',
      '"https:\\/\\/a\\/?k=secret"',
      (s: string) => s.replace('secret', 'R'),
      '"https:\\/\\/a\\/?k=R"',
    ],
    [
      'two edits keep what lies between',
      '"a=x\\u0041b=y"',
      (s: string) => s.replace('x', 'R').replace('y', 'R'),
      '"a=R\\u0041b=R"',
    ],
    ['new text is escaped', '"\\/x"', (s: string) => s.replace('x', '"q"\n'), '"\\/\\"q\\"\\n"'],
  ])('%s', (_, token, next, expected) => {
    const out = rewrite(token, next);
    expect(out).toBe(expected);
    expect(JSON.parse(out)).toBe(next(JSON.parse(token) as string));
  });
});
