import { describe, expect, it } from 'vitest';
import { shellUrl, shellWord } from './shellQuote';

describe('shellWord', () => {
  it.each([
    ['api.example.com', 'api.example.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['/path/to/ca.pem', '/path/to/ca.pem'],
    ['a b', "'a b'"],
    ['connect-ecommlogin-dev.aws.lllint.com"', `'connect-ecommlogin-dev.aws.lllint.com"'`],
    ["it's", `'it'\\''s'`],
    ['$HOME', "'$HOME'"],
    ['', "''"],
  ])('%j → %s', (value, quoted) => {
    expect(shellWord(value)).toBe(quoted);
  });
});

describe('shellUrl', () => {
  // `&` backgrounds the command (transcript 033), `?` is a glob in zsh (051), `{…}` expands in bash (024).
  it.each([
    [
      'https://a.io/cgi-bin/acc.sh?ORG=mmusculus&Submit',
      "'https://a.io/cgi-bin/acc.sh?ORG=mmusculus&Submit'",
    ],
    ['https://drive.google.com/uc?id=1tCU5', "'https://drive.google.com/uc?id=1tCU5'"],
    ['https://a.io{task}/', "'https://a.io{task}/'"],
    ["https://a.io/it's", `'https://a.io/it'\\''s'`],
  ])('%s → %s', (url, quoted) => {
    expect(shellUrl(url)).toBe(quoted);
  });
});
