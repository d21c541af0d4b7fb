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

describe('a bad preflight, as QA report 1 (item 5) pasted it', () => {
  const paste = `> OPTIONS /v1/items HTTP/1.1
> Host: api.example.com
> Origin: https://app.example.com
> Access-Control-Request-Method: PUT
> Access-Control-Request-Headers: authorization, content-type
>
< HTTP/1.1 204 No Content
< Access-Control-Allow-Origin: *
< Access-Control-Allow-Credentials: true
< Access-Control-Allow-Methods: GET, POST
< Access-Control-Allow-Headers: content-type
< Date: Thu, 26 Nov 2026 17:05:00 GMT
<
`;
  it('explains the three refusals, calls the preflight a failure, and says what to change', async () => {
    const { analyzeInput } = await import('../analysis/analyzeInput');
    const d = analyzeInput(paste, { now: new Date('2026-11-26T17:06:00Z') }).diagnosis!;
    const problems = d.findings.flatMap((f) => (f.id === 'cors' ? [f.data.problem] : []));
    expect(problems).toEqual(['wildcard-with-credentials', 'method-not-allowed', 'headers-not-allowed']);
    expect(d.verdict.verdict).toBe('after-fix');
    const steps = d.nextSteps.map((s) => s.text).join('\n');
    expect(steps).toMatch(
      /add PUT to Access-Control-Allow-Methods; add authorization to Access-Control-Allow-Headers/,
    );
    expect(steps).not.toMatch(/is a success|parse a body/);
  });
});
