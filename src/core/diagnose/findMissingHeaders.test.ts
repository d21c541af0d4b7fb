import { describe, it, expect } from 'vitest';
import { findMissingHeaders } from './findMissingHeaders';
import { makeContext, type ExchangeSpec } from './testExchange';

const missing = (spec: ExchangeSpec) =>
  findMissingHeaders(makeContext(spec)).map((f) => [f.id === 'missing-header' && f.data.header, f.severity]);

describe('findMissingHeaders', () => {
  it.each([
    ['401 without WWW-Authenticate', { status: 401 }, [['WWW-Authenticate', 'warning']]],
    ['407 without Proxy-Authenticate', { status: 407 }, [['Proxy-Authenticate', 'warning']]],
    ['405 without Allow', { status: 405 }, [['Allow', 'warning']]],
    ['302 without Location', { status: 302 }, [['Location', 'warning']]],
    ['308 without Location', { status: 308 }, [['Location', 'warning']]],
    ['201 without Location', { status: 201 }, [['Location', 'info']]],
    ['206 without Content-Range', { status: 206 }, [['Content-Range', 'warning']]],
    ['416 without Content-Range', { status: 416 }, [['Content-Range', 'info']]],
    ['429 without any timing', { status: 429 }, [['Retry-After', 'info']]],
    ['503 without Retry-After', { status: 503 }, [['Retry-After', 'info']]],
  ] as [string, ExchangeSpec, [string, string][]][])('%s', (_, spec, expected) => {
    expect(missing(spec)).toEqual(expected);
  });

  it.each([
    ['401 with WWW-Authenticate', { status: 401, headers: [['www-authenticate', 'Bearer']] }],
    ['405 with Allow', { status: 405, headers: [['Allow', 'GET']] }],
    ['304 (no Location needed)', { status: 304 }],
    ['300 (Location optional)', { status: 300 }],
    [
      '206 multipart/byteranges',
      { status: 206, headers: [['Content-Type', 'multipart/byteranges; boundary=x']] },
    ],
    ['429 with a rate-limit reset', { status: 429, headers: [['X-RateLimit-Reset', '30']] }],
    ['429 with Retry-After', { status: 429, headers: [['Retry-After', '30']] }],
    ['200', { status: 200 }],
  ] as [string, ExchangeSpec][])('nothing for %s', (_, spec) => {
    expect(missing(spec)).toEqual([]);
  });
});
