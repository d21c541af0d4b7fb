import { describe, it, expect } from 'vitest';
import { requestUrl } from './requestUrl';
import { makeExchange, type ExchangeSpec } from './testExchange';

const url = (request: ExchangeSpec['request']) => requestUrl(makeExchange({ request }).request);

describe('requestUrl', () => {
  it.each([
    [
      'absolute target',
      { target: 'https://api.example.com/v1/users?x=1' },
      'https://api.example.com/v1/users?x=1',
      false,
    ],
    ['http absolute target', { target: 'http://localhost:8080/a' }, 'http://localhost:8080/a', false],
    [
      'origin-form + Host',
      { target: '/v1/users', headers: [['Host', 'api.example.com']] },
      'https://api.example.com/v1/users',
      true,
    ],
    [
      'HTTP/2 pseudo-headers',
      {
        target: '/v1',
        headers: [
          [':authority', 'api.example.com'],
          [':scheme', 'http'],
        ],
      },
      'http://api.example.com/v1',
      false,
    ],
  ] as [string, ExchangeSpec['request'], string, boolean][])('%s', (_, request, href, assumed) => {
    expect(url(request)).toEqual({ url: new URL(href), schemeAssumed: assumed });
  });

  it.each([
    ['no request', undefined],
    ['origin-form without Host', { target: '/v1' }],
    ['asterisk-form', { target: '*', headers: [['Host', 'a.example']] }],
    ['a Host with a path', { target: '/x', headers: [['Host', 'evil.example/@a']] }],
    ['authority-form', { target: 'api.example.com:443', headers: [['Host', 'api.example.com']] }],
  ] as [string, ExchangeSpec['request']][])('undefined for %s', (_, request) => {
    expect(url(request)).toBeUndefined();
  });
});
