import { describe, expect, it } from 'vitest';
import { findCors } from './findCors';
import { makeContext, type ExchangeSpec } from './testExchange';

const ORIGIN = 'https://app.example';
const API = 'https://api.example/v1/orders';

function actual(headers: [string, string][], requestHeaders: [string, string][] = []): ExchangeSpec {
  return {
    status: 200,
    headers,
    request: { method: 'GET', target: API, headers: [['Origin', ORIGIN], ...requestHeaders] },
  };
}

function preflight(
  status: number,
  headers: [string, string][],
  method = 'PUT',
  asked = 'content-type, authorization',
): ExchangeSpec {
  return {
    status,
    headers,
    request: {
      method: 'OPTIONS',
      target: API,
      headers: [
        ['Origin', ORIGIN],
        ['Access-Control-Request-Method', method],
        ['Access-Control-Request-Headers', asked],
      ],
    },
  };
}

const problems = (spec: ExchangeSpec) =>
  findCors(makeContext(spec)).map((f) => [f.id === 'cors' && f.data.problem, f.severity]);

describe('findCors', () => {
  it.each([
    ['no Allow-Origin', actual([]), [['no-allow-origin', 'error']]],
    [
      'another origin',
      actual([
        ['Access-Control-Allow-Origin', 'https://other.example'],
        ['Vary', 'Origin'],
      ]),
      [['origin-mismatch', 'error']],
    ],
    [
      'a list of origins',
      actual([['Access-Control-Allow-Origin', `${ORIGIN}, https://b.example`]]),
      [['several-origins', 'error']],
    ],
    [
      '* with cookies',
      actual([['Access-Control-Allow-Origin', '*']], [['Cookie', 'sid=1']]),
      [['wildcard-with-credentials', 'error']],
    ],
    [
      'cookies without Allow-Credentials',
      actual(
        [
          ['Access-Control-Allow-Origin', ORIGIN],
          ['Vary', 'Origin'],
        ],
        [['Cookie', 'sid=1']],
      ),
      [['credentials-not-allowed', 'error']],
    ],
    [
      'echoed origin without Vary',
      actual([['Access-Control-Allow-Origin', ORIGIN]]),
      [['missing-vary-origin', 'warning']],
    ],
    ['allowed with *', actual([['Access-Control-Allow-Origin', '*']]), []],
    [
      'allowed with the origin',
      actual(
        [
          ['Access-Control-Allow-Origin', ORIGIN],
          ['Vary', 'Accept-Encoding, Origin'],
          ['Access-Control-Allow-Credentials', 'true'],
        ],
        [['Cookie', 'a=b']],
      ),
      [],
    ],
    [
      'preflight answered 401',
      preflight(401, [
        ['Access-Control-Allow-Origin', ORIGIN],
        ['Vary', 'Origin'],
        ['Access-Control-Allow-Methods', 'PUT'],
        ['Access-Control-Allow-Headers', 'content-type, authorization'],
      ]),
      [['preflight-status', 'error']],
    ],
    [
      'preflight without the method',
      preflight(204, [
        ['Access-Control-Allow-Origin', '*'],
        ['Access-Control-Allow-Methods', 'GET, POST'],
        ['Access-Control-Allow-Headers', 'Content-Type, Authorization'],
      ]),
      [['method-not-allowed', 'error']],
    ],
    [
      'preflight * does not cover Authorization',
      preflight(204, [
        ['Access-Control-Allow-Origin', '*'],
        ['Access-Control-Allow-Methods', '*'],
        ['Access-Control-Allow-Headers', '*'],
      ]),
      [['headers-not-allowed', 'error']],
    ],
    [
      'preflight allowing everything asked',
      preflight(204, [
        ['Access-Control-Allow-Origin', '*'],
        ['Access-Control-Allow-Methods', 'PUT'],
        ['Access-Control-Allow-Headers', 'Authorization, Content-Type'],
      ]),
      [],
    ],
    [
      'preflight for a safelisted method',
      preflight(204, [['Access-Control-Allow-Origin', '*']], 'POST', ''),
      [],
    ],
  ])('%s', (_, spec, expected) => {
    expect(problems(spec)).toEqual(expected);
  });

  it('names the missing headers and what the browser does', () => {
    const [f] = findCors(
      makeContext(
        preflight(204, [
          ['Access-Control-Allow-Origin', '*'],
          ['Access-Control-Allow-Methods', 'PUT'],
          ['Access-Control-Allow-Headers', 'content-type'],
        ]),
      ),
    );
    expect(f?.data).toMatchObject({ origin: ORIGIN, missing: ['authorization'], preflight: true });
    expect(f?.detail).toContain('never sends the actual request');
  });

  it.each([
    ['no Origin', { status: 200, request: { target: API } }],
    [
      'a same-origin POST',
      { status: 200, request: { method: 'POST', target: `${ORIGIN}/save`, headers: [['Origin', ORIGIN]] } },
    ],
  ] as [string, ExchangeSpec][])('nothing for %s', (_, spec) => {
    expect(findCors(makeContext(spec))).toEqual([]);
  });
});
