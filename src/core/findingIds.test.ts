import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { accessToken } from '../../tests/fixtures/session/harEntries';
import { analyzeInput } from './analysis/analyzeInput';
import { parseInput } from './http/parseInput';
import { analyzeSession } from './session/analyzeSession';
import type { Finding, FindingId } from './types';

/**
 * The finding vocabulary against what the core emits: one paste per declared id (the Record type
 * makes the table list every id of FindingDataMap, so an id nobody emits cannot stay declared), each
 * producing that id. The reverse (every emitted id is declared) is the Finding type itself: a finder
 * cannot build a finding whose id or data the map does not describe.
 */

/** design.md's public shape of a finding, which the typed union must stay assignable to. */
interface DesignFinding {
  id: string;
  severity: 'error' | 'warning' | 'info' | 'tip';
  title: string;
  detail: string;
  data?: Record<string, unknown>;
}

const fixture = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/session/${name}`, import.meta.url), 'utf8');
const CHROME_SESSION = fixture('chrome-api-session.har');
const FIREFOX_SESSION = fixture('firefox-staging-session.har');

const NOW = new Date('2026-03-24T12:00:00Z');
const DATE = 'Date: Tue, 24 Mar 2026 12:00:00 GMT';
const json = (status: string, body: string, type = 'application/json') =>
  `HTTP/1.1 ${status}\nContent-Type: ${type}\n${DATE}\n\n${body}`;
/** curl -v output, so the request (method, headers) is known. */
const verbose = (request: string[], response: string[], body = '') =>
  `${request.map((l) => `> ${l}`).join('\n')}\n>\n${response.map((l) => `< ${l}`).join('\n')}\n<\n${body}`;
const expired = accessToken({ sub: 'u', exp: NOW.getTime() / 1000 - 600 });
const valid = accessToken({ sub: 'u', exp: NOW.getTime() / 1000 + 600 });

const SAMPLES: Record<FindingId, string> = {
  'retry-after': `HTTP/1.1 429 Too Many Requests\nRetry-After: 30\n${DATE}\n\n`,
  'rate-limit': `HTTP/1.1 429 Too Many Requests\nX-RateLimit-Limit: 100\nX-RateLimit-Remaining: 0\n\n`,
  'auth-challenge': `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n\n`,
  location: `HTTP/1.1 302 Found\nLocation: https://api.example.com/next\n\n`,
  allow: `HTTP/1.1 405 Method Not Allowed\nAllow: GET, HEAD\n\n`,
  'content-range': `HTTP/1.1 206 Partial Content\nContent-Range: bytes 0-9/100\n\n0123456789`,
  'problem-details': json(
    '400 Bad Request',
    '{"title":"Bad input","status":400}',
    'application/problem+json',
  ),
  'field-errors': json('422 Unprocessable Content', '{"errors":[{"field":"email","message":"invalid"}]}'),
  'error-message': json('500 Internal Server Error', '{"message":"Database unavailable"}'),
  'body-invalid-json': json('500 Internal Server Error', '{"message": "cut sho'),
  'content-type-mismatch': json('502 Bad Gateway', '<html><body><p>upstream failed</p></body></html>'),
  'not-idempotent': verbose(
    ['POST /orders HTTP/1.1', 'Host: api.example.com'],
    ['HTTP/1.1 503 Service Unavailable'],
  ),
  'missing-header': `HTTP/1.1 401 Unauthorized\n\n`,
  'body-not-allowed': `HTTP/1.1 204 No Content\n\nleftover text`,
  'problem-status-mismatch': json(
    '400 Bad Request',
    '{"title":"Boom","status":500}',
    'application/problem+json',
  ),
  'proxy-error-page': json(
    '502 Bad Gateway',
    '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>',
    'text/html',
  ),
  'cache-validators': `HTTP/1.1 200 OK\nETag: "v1"\n\n`,
  deprecation: `HTTP/1.1 200 OK\nDeprecation: @1688169599\n${DATE}\n\n`,
  sunset: `HTTP/1.1 200 OK\nSunset: Fri, 01 Jan 2027 00:00:00 GMT\n${DATE}\n\n`,
  'redirect-method': verbose(
    ['POST /form HTTP/1.1', 'Host: api.example.com'],
    ['HTTP/1.1 302 Found', 'Location: /done'],
  ),
  cors: verbose(
    ['GET /items HTTP/1.1', 'Host: api.example.com', 'Origin: https://app.example.com'],
    ['HTTP/1.1 200 OK', 'Access-Control-Allow-Origin: https://other.example.com'],
  ),
  'no-response': 'curl: (6) Could not resolve host: api.example.com\n',
  'diagnosis-incomplete': `HTTP/1.1 200 OK\n${Array.from({ length: 51 }, (_, i) => `Set-Cookie: c${i}=v; SameSite=None`).join('\n')}\n\n`,
  token: verbose(
    ['GET /me HTTP/1.1', 'Host: api.example.com', `Authorization: Bearer ${valid}`],
    ['HTTP/1.1 200 OK', DATE],
  ),
  'token-expired': verbose(
    ['GET /me HTTP/1.1', 'Host: api.example.com', `Authorization: Bearer ${expired}`],
    ['HTTP/1.1 401 Unauthorized', DATE, 'WWW-Authenticate: Bearer error="invalid_token"'],
  ),
  cookie: `HTTP/1.1 200 OK\nSet-Cookie: sid=1; SameSite=None\n\n`,
  caching: `HTTP/1.1 200 OK\nCache-Control: max-age=60\n${DATE}\n\n`,
  'retry-too-soon': CHROME_SESSION,
  'retry-storm': CHROME_SESSION,
  'cors-preflight-failed': CHROME_SESSION,
  'redirect-loop': CHROME_SESSION,
  'redirect-method-changed': CHROME_SESSION,
  'mixed-content': CHROME_SESSION,
  'shared-failure': CHROME_SESSION,
  'slow-requests': FIREFOX_SESSION,
};

/** What a paste's diagnosis (of its final exchange) and, for a recording, its session analysis found. */
function findingsFor(text: string): Finding[] {
  const parsed = parseInput(text);
  if (parsed.exchanges.length > 1) return analyzeSession(parsed, { now: NOW }).findings;
  return analyzeInput(text, { now: NOW }).diagnosis?.findings ?? [];
}

describe('finding ids', () => {
  it.each(Object.entries(SAMPLES))('%s is emitted', (id, text) => {
    expect(findingsFor(text).map((f) => f.id)).toContain(id);
  });

  it('a finding is assignable to the design.md shape', () => {
    expectTypeOf<Finding>().toMatchTypeOf<DesignFinding>();
    const [finding] = findingsFor(SAMPLES.allow);
    const asDesigned: DesignFinding | undefined = finding;
    expect(asDesigned?.data).toEqual({ methods: ['GET', 'HEAD'] });
  });

  it('narrowing on the id types the data', () => {
    const finding = findingsFor(SAMPLES['retry-after']).find((f) => f.id === 'retry-after');
    expectTypeOf(finding?.data).toEqualTypeOf<Extract<Finding, { id: 'retry-after' }>['data'] | undefined>();
  });
});
