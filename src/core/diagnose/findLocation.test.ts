import { describe, it, expect } from 'vitest';
import { findLocation } from './findLocation';
import { makeContext, type ExchangeSpec } from './testExchange';

const location = (spec: ExchangeSpec) => findLocation(makeContext(spec)).find((f) => f.id === 'location');
const method = (spec: ExchangeSpec) =>
  findLocation(makeContext(spec)).find((f) => f.id === 'redirect-method');

describe('findLocation', () => {
  it.each([
    [
      'absolute target',
      { status: 301, headers: [['Location', 'https://new.example.com/v2/users']] },
      {
        url: 'https://new.example.com/v2/users',
        resolved: 'https://new.example.com/v2/users',
        relative: false,
      },
      'permanent',
    ],
    [
      'relative to an absolute request target',
      {
        status: 302,
        headers: [['Location', '../login?next=1']],
        request: { target: 'https://api.example.com/a/b/c' },
      },
      { url: '../login?next=1', resolved: 'https://api.example.com/a/login?next=1', relative: true },
      'temporary',
    ],
    [
      'relative to Host + target (https assumed)',
      {
        status: 307,
        headers: [['Location', '/v2/items']],
        request: { target: '/v1/items', headers: [['Host', 'api.example.com']] },
      },
      { resolved: 'https://api.example.com/v2/items', relative: true },
      'https assumed',
    ],
    [
      'protocol-relative',
      {
        status: 308,
        headers: [['Location', '//cdn.example.com/x']],
        request: { target: 'http://api.example.com/x' },
      },
      { resolved: 'http://cdn.example.com/x', relative: true },
      'permanent',
    ],
    [
      'relative without a request',
      { status: 302, headers: [['Location', '/login']] },
      { url: '/login', relative: true, linkable: false },
      'does not include',
    ],
    [
      '201 names the new resource',
      {
        status: 201,
        headers: [['Location', '/users/4821']],
        request: { method: 'POST', target: 'https://api.example.com/users' },
      },
      { resolved: 'https://api.example.com/users/4821' },
      'new resource',
    ],
    [
      'https to http downgrade',
      {
        status: 301,
        headers: [['Location', 'http://api.example.com/x']],
        request: { target: 'https://api.example.com/x' },
      },
      { resolved: 'http://api.example.com/x' },
      'downgrades',
    ],
  ] as [string, ExchangeSpec, Record<string, unknown>, string][])('%s', (_, spec, data, phrase) => {
    const f = location(spec);
    expect(f?.data).toMatchObject(data);
    expect(f?.detail).toContain(phrase);
  });

  it.each([['javascript:alert(1)'], ['data:text/html,<script>alert(1)</script>'], ['JavaScript:alert(1)']])(
    'warns about %j and never makes it linkable',
    (value) => {
      const f = location({
        status: 302,
        headers: [['Location', value]],
        request: { target: 'https://a.example/' },
      });
      expect(f?.severity).toBe('warning');
      expect(f?.data).toMatchObject({ linkable: false });
      expect(f?.data?.['resolved']).toBeUndefined();
    },
  );

  it('warns about a redirect loop', () => {
    const f = location({
      status: 302,
      headers: [['Location', '/same']],
      request: { target: 'https://a.example/same' },
    });
    expect(f?.severity).toBe('warning');
    expect(f?.detail).toContain('loop');
  });

  it.each([
    ['POST + 302 may switch to GET', 302, 'POST', 'warning', 'maybe', /307/],
    // RFC 9110 §15.4.2-3 and the Fetch standard: only POST may become GET on 301 and 302.
    ['PUT + 301 keeps the method', 301, 'PUT', 'info', 'yes', /Only a POST may be turned into a GET/],
    ['DELETE + 302 keeps the method', 302, 'DELETE', 'info', 'yes', /RFC 9110 §15\.4\.3/],
    ['PATCH + 301 keeps the method', 301, 'PATCH', 'info', 'yes', /with its body/],
    ['POST + 303 becomes GET', 303, 'POST', 'info', 'no', /GET/],
    ['POST + 307 keeps the method', 307, 'POST', 'info', 'yes', /same body/],
    ['PATCH + 308 keeps the method', 308, 'PATCH', 'info', 'yes', /same body/],
  ] as [string, number, string, string, string, RegExp][])('%s', (_, status, m, severity, kept, phrase) => {
    const f = method({
      status,
      headers: [['Location', '/x']],
      request: { method: m, target: 'https://a.example/y' },
    });
    expect(f?.severity).toBe(severity);
    expect(f?.data).toMatchObject({ methodKept: kept, method: m });
    expect(f?.detail).toMatch(phrase);
  });

  it.each([
    ['GET + 302', 302, { method: 'GET' }],
    ['GET + 307', 307, { method: 'GET' }],
    ['POST + 201', 201, { method: 'POST' }],
  ])('no redirect-method finding for %s', (_, status, request) => {
    expect(method({ status, headers: [['Location', '/x']], request })).toBeUndefined();
  });

  it('gives a tip for 301/302 when the method is unknown', () => {
    expect(method({ status: 302, headers: [['Location', '/x']] })?.severity).toBe('tip');
  });
});
