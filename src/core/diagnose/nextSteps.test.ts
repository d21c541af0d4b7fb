import { readdirSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { analyzeInput } from '../analysis/analyzeInput';
import { EXAMPLES } from '../examples/examples';
import { diagnose } from './diagnose';
import { makeExchange, TEST_NOW, type ExchangeSpec } from './testExchange';

const steps = (spec: ExchangeSpec) => diagnose(makeExchange(spec), { now: TEST_NOW }).nextSteps;
/** Every step's text, with its action after it in brackets. */
const joined = (spec: ExchangeSpec) =>
  steps(spec)
    .map((s) => (s.action ? `${s.text} [${s.action.kind}]` : s.text))
    .join('\n');

describe('nextSteps', () => {
  it.each([
    [
      '401 with an expired token',
      {
        status: 401,
        headers: [['WWW-Authenticate', 'Bearer error="invalid_token"']],
        request: { headers: [['Authorization', 'Bearer old']] },
      },
      [/client error/, /expired, was revoked or is invalid: refresh it/, /sign in again/],
    ],
    [
      '401 without credentials',
      { status: 401, headers: [['WWW-Authenticate', 'Bearer realm="api"']], request: {} },
      [
        /no Authorization header: add "Authorization: Bearer <token>"/,
        /has it expired\? Was it revoked or regenerated/,
      ],
    ],
    [
      '401 Basic with a wrong scheme',
      {
        status: 401,
        headers: [['WWW-Authenticate', 'Basic realm="x"']],
        request: { headers: [['Authorization', 'Bearer t']] },
      },
      [/does not start with "Basic "/, /base64 of user:password/],
    ],
    [
      '422 with field errors and a valid request body',
      {
        status: 422,
        headers: [['Content-Type', 'application/json']],
        body: JSON.stringify({
          message: 'Validation Failed',
          errors: [{ field: 'email', message: 'Invalid email format' }],
        }),
        request: { method: 'POST', headers: [['Content-Type', 'application/json']], body: '{"email":"x"}' },
      },
      [
        /it says “Validation Failed”/,
        /request body is valid JSON.*\[validate-json\]/,
        /email \(Invalid email format\)/,
      ],
    ],
    [
      // QA report 1, item 10: a 422 parsed fine (RFC 9110 §15.5.21); its values are wrong, not its syntax.
      '422 without the request: the values, not the syntax',
      { status: 422 },
      [/rejected its values \(RFC 9110 §15\.5\.21/, /required fields, types, formats, ranges/],
    ],
    [
      '422 with field errors and no request body pasted: the fields alone',
      {
        status: 422,
        headers: [['Content-Type', 'application/json']],
        body: JSON.stringify({ errors: [{ field: 'email', message: 'Invalid email format' }] }),
      },
      [/Fix the fields the API lists: email \(Invalid email format\)/],
    ],
    [
      '400 with an invalid request body',
      {
        status: 400,
        request: { method: 'POST', headers: [['Content-Type', 'application/json']], body: '{"a": 1,}' },
      },
      [/request body you sent is not valid JSON: line 1, column .*\[validate-json\]/],
    ],
    [
      '400 with the request unknown',
      { status: 400 },
      [/^Validate the request body as JSON: .*\[validate-json\]$/m],
    ],
    [
      '429 with Retry-After',
      { status: 429, headers: [['Retry-After', '30']] },
      [
        /pace, not content/,
        /Wait 30 s \(until 12:00:30 UTC, from Retry-After\)/,
        /If that attempt fails too and its response names no wait, never wait less than the server asked: 1 min, 2 min, 4 min, 8 min/,
        /Throttle/,
      ],
    ],
    [
      '429 with an exhausted quota resetting later than Retry-After: Retry-After wins',
      {
        status: 429,
        headers: [
          ['Retry-After', '10'],
          ['X-RateLimit-Limit', '100'],
          ['X-RateLimit-Remaining', '0'],
          ['X-RateLimit-Reset', String(TEST_NOW.getTime() / 1000 + 60)],
        ],
      },
      [/Wait 10 s \(until 12:00:10 UTC, from Retry-After\)/, /under 100 requests per window/],
    ],
    ['429 without timing', { status: 429 }, [/never retry immediately/]],
    [
      '500 with credentials in the request',
      {
        status: 500,
        headers: [['Content-Type', 'application/json']],
        body: '{"error":{"message":"Database unavailable"}}',
        request: {
          method: 'GET',
          headers: [
            ['Authorization', 'Bearer x'],
            ['X-Api-Key', 'k'],
            ['Accept', '*/*'],
          ],
        },
      },
      [
        /server error/,
        /it says “Database unavailable”/,
        /status page first/,
        /in this request: Authorization, X-Api-Key/,
        /Alert when the 5xx rate/,
        /never swallow/,
      ],
    ],
    [
      '504 on a POST without key',
      { status: 504, request: { method: 'POST' } },
      [
        /status page/,
        /Before repeating the POST, check whether it took effect; add an Idempotency-Key/,
        /backoff: 1 s, 2 s, 4 s, 8 s, 16 s/,
      ],
    ],
    [
      '504 on a POST with a key',
      { status: 504, request: { method: 'POST', headers: [['Idempotency-Key', 'abc']] } },
      [/Retry with the same Idempotency-Key/],
    ],
    [
      '403 from an exhausted GitHub quota',
      {
        status: 403,
        headers: [
          ['x-ratelimit-remaining', '0'],
          ['x-ratelimit-reset', String(TEST_NOW.getTime() / 1000 + 120)],
        ],
      },
      [/pace, not content/, /Wait 2 min/],
    ],
    [
      '403 permissions',
      { status: 403 },
      [
        /role, the token's scopes/,
        /Do not repeat it unchanged with the same credentials: it can pass with other credentials/,
      ],
    ],
    [
      '405 with Allow',
      { status: 405, headers: [['Allow', 'GET, HEAD']] },
      [/one of the methods the URL accepts: GET, HEAD/],
    ],
    [
      '301 redirect',
      { status: 301, headers: [['Location', 'https://new.example.com/x']] },
      [/Follow the redirect to https:\/\/new.example.com\/x and update stored URLs/],
    ],
    [
      'POST answered with 302',
      {
        status: 302,
        headers: [['Location', '/v2']],
        request: { method: 'POST', target: 'https://a.example/v1' },
      },
      [
        /Follow the redirect to https:\/\/a.example\/v2\./,
        /Your POST may arrive there as a GET/,
        /answer 307/,
      ],
    ],
    [
      '302 to javascript:',
      { status: 302, headers: [['Location', 'javascript:alert(1)']] },
      [/Do not follow this redirect/],
    ],
    ['304', { status: 304, headers: [['ETag', '"a"']] }, [/Serve the copy you cached/]],
    [
      'nginx proxy page',
      { status: 502, headers: [['Server', 'nginx']], body: '<html><title>502 Bad Gateway</title></html>' },
      [/error page from nginx, not from the API/],
    ],
    [
      'deprecated endpoint with sunset',
      {
        status: 200,
        headers: [
          ['Deprecation', '@1688169599'],
          ['Sunset', 'Fri, 01 Jan 2027 00:00:00 GMT'],
        ],
      },
      [/Plan the migration away from this endpoint before 2027-01-01/],
    ],
  ] as [string, ExchangeSpec, RegExp[]][])('%s', (_, spec, patterns) => {
    const text = joined(spec);
    for (const p of patterns) expect(text).toMatch(p);
  });

  it('orders the workflow: category, body, specifics, then the production comparison', () => {
    const s = steps({ status: 500, body: 'boom', request: { method: 'GET' } });
    expect(s.map((x) => x.id)).toEqual([
      'status-meaning',
      'read-body',
      'status-page',
      'log-failure',
      'backoff',
      'alert',
      'compare-environments',
    ]);
    expect(s[0]?.text).toMatch(/server error/);
    expect(s[1]?.text).toMatch(/it says “boom”/);
    expect(s.at(-1)).toMatchObject({ action: { kind: 'compare-responses' } });
  });

  it.each([
    ['a plain 200', { status: 200 }],
    ['a 201', { status: 201, headers: [['Location', '/x']] }],
  ] as [string, ExchangeSpec][])('no failure steps for %s', (_, spec) => {
    const text = joined(spec);
    expect(text).toMatch(/success/);
    expect(text).not.toMatch(/compare-responses|status page/);
  });

  it('reports an empty error body', () => {
    expect(joined({ status: 404 })).toMatch(/body is empty/);
  });
});

describe('a 422 is about values, never syntax (RFC 9110 §15.5.21; QA report 1, item 10)', () => {
  it.each([
    ['no request, no fields', { status: 422 }],
    [
      'the example "422 Unprocessable Content (field errors)": fields listed, no request body',
      {
        status: 422,
        headers: [['Content-Type', 'application/json']],
        body: '{"message":"Validation Failed","errors":[{"field":"email","message":"is invalid"}]}',
        request: { method: 'POST', target: 'https://api.example.com/v1/users' },
      },
    ],
  ] as [string, ExchangeSpec][])('%s', (_, spec) => {
    expect(joined(spec)).not.toMatch(/trailing commas|missing quotes|syntax error|JSON screen|validate-json/);
  });
});

describe('next steps over every example and real transcript', () => {
  const dir = new URL('../../../tests/fixtures/transcripts/', import.meta.url);
  const pastes = [
    ...EXAMPLES.map((e) => [e.id, e.text] as const),
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(new URL(f, dir), 'utf8')] as const),
  ];

  it.each(pastes)('%s: unique step ids, and no step names a screen or a route', (_name, text) => {
    const steps = analyzeInput(text, { now: TEST_NOW }).diagnosis?.nextSteps ?? [];
    expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
    for (const s of steps) expect(s.text).not.toMatch(/#\/|\bscreen\b|\bin Compare\b/);
  });
});

describe('a 401 with an expired JWT (QA report 1, item 23)', () => {
  const paste = `$ curl -v https://api.example.com/v1/me -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzEyMyIsImV4cCI6MTcwMDAwMDAwMCwiaWF0IjoxNjk5OTk2NDAwfQ.c2ln'
> GET /v1/me HTTP/1.1
> Host: api.example.com
> Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XzEyMyIsImV4cCI6MTcwMDAwMDAwMCwiaWF0IjoxNjk5OTk2NDAwfQ.c2ln
>
< HTTP/1.1 401 Unauthorized
< Date: Thu, 26 Nov 2026 17:06:00 GMT
< WWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"
< Content-Type: application/json
<
{"error":"invalid_token","message":"jwt expired"}
`;
  const d = analyzeInput(paste, { now: TEST_NOW }).diagnosis!;

  it('the verdict names the expiry, not "what to change"', () => {
    expect(d.verdict.reason).toMatch(
      /^The credentials expired \(the body says “jwt expired”\): get a new token/,
    );
    expect(d.verdict.reason).not.toMatch(/names what to change|fix that/);
  });

  it('says "refresh the token" once, with all its evidence', () => {
    const refresh = d.nextSteps.filter((s) => /refresh/i.test(s.text));
    expect(refresh).toHaveLength(1);
    expect(refresh[0]?.text).toMatch(
      /expired at 2023-11-14T22:13:20Z; the body says “jwt expired”; WWW-Authenticate says invalid_token/,
    );
  });
});
