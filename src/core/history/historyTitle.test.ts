import { describe, expect, it } from 'vitest';
import { safeLocation, titleOfComparison, titleOfJson, titleOfResponseInput } from './historyTitle';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl';

describe('titleOfResponseInput', () => {
  it.each([
    ['a raw response', 'HTTP/1.1 429 Too Many Requests\r\nRetry-After: 3\r\n\r\n', '429 Too Many Requests'],
    [
      'curl -v with the request',
      [
        '> POST /v1/orders?api_key=SECRET123 HTTP/1.1',
        '> Host: api.example.com',
        `> Authorization: Bearer ${TOKEN}`,
        '>',
        '< HTTP/1.1 503 Service Unavailable',
        '<',
      ].join('\n'),
      '503 Service Unavailable · POST api.example.com/v1/orders',
    ],
    [
      'a bare JSON body',
      '{"error":"invalid_token","error_description":"expired"}',
      'Body only: { error, error_description }',
    ],
    ['unrecognised text', 'hello there', 'Body only: text'],
    ['nothing', '   ', 'Empty'],
  ])('%s', (_name, text, title) => {
    expect(titleOfResponseInput(text)).toBe(title);
  });

  it('names a HAR file by its default entry, without query or credentials', () => {
    const entry = (url: string, status: number) => ({
      request: {
        method: 'GET',
        url,
        httpVersion: 'HTTP/1.1',
        headers: [{ name: 'Authorization', value: `Bearer ${TOKEN}` }],
      },
      response: {
        status,
        statusText: '',
        httpVersion: 'HTTP/1.1',
        headers: [],
        content: { size: 0, mimeType: 'text/plain' },
      },
    });
    const har = JSON.stringify({
      log: {
        entries: [
          entry('https://user:pw@api.example.com/a?token=x', 401),
          entry('https://api.example.com/b', 200),
        ],
      },
    });
    const title = titleOfResponseInput(har);
    expect(title).toBe('401 Unauthorized · GET api.example.com/a (HAR, 2 entries)');
    expect(title).not.toMatch(/pw|token=|Bearer/);
  });
});

describe('safeLocation', () => {
  it.each([
    ['https://u:p@example.com:8443/a/b?q=1#f', 'example.com:8443/a/b'],
    [`https://example.com/reset/${'a1B2'.repeat(8)}/confirm`, 'example.com/reset/…/confirm'],
    ['https://example.com/users/12345/orders', 'example.com/users/12345/orders'],
    ['https://example.com/', 'example.com'],
  ])('%s', (url, shown) => {
    expect(safeLocation(new URL(url))).toBe(shown);
  });
});

describe('titleOfJson', () => {
  it.each([
    ['{"a":1,"b":{"password":"hunter2"},"c":3,"d":4}', '{ a, b, c, … }'],
    ['{}', 'Empty object {}'],
    ['[{"id":1}]', 'JSON array [ … ]'],
    ['"secret value"', 'JSON string'],
    ['{"a":1,', 'Invalid JSON'],
  ])('%s', (text, title) => {
    expect(titleOfJson(text)).toBe(title);
    expect(titleOfJson(text)).not.toMatch(/hunter2|secret value/);
  });
});

describe('titleOfComparison', () => {
  it('uses the names the user gave, and the titles alone otherwise', () => {
    const a = 'HTTP/1.1 200 OK\n\n';
    const b = 'HTTP/1.1 500 Internal Server Error\n\n';
    expect(titleOfComparison(a, b, { a: 'staging', b: 'B' })).toBe(
      'staging: 200 OK  ↔  500 Internal Server Error',
    );
    expect(titleOfComparison(a, '', { a: 'A', b: 'B' })).toBe('200 OK  ↔  empty');
  });
});
