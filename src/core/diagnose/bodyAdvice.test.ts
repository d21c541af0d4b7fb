import { describe, expect, it } from 'vitest';
import { bodyAdvice, type BodyAdviceKind } from './bodyAdvice';
import { diagnose } from './diagnose';
import { makeContext, makeExchange, TEST_NOW } from './testExchange';

const json: [string, string] = ['Content-Type', 'application/json'];

describe("bodyAdvice: the body's own words name the cause", () => {
  it.each([
    [403, '{"message":"You have exceeded a secondary rate limit."}', 'retry-later'],
    [400, '{"error":"Rate limit exceeded, try again in 30 seconds"}', 'retry-later'],
    [503, '{"message":"Service under maintenance, try again later"}', 'retry-later'],
    [
      403,
      '{"message":"Request forbidden by administrative rules. Please make sure your request has a User-Agent header."}',
      'user-agent',
    ],
    [401, '{"error":"invalid_token","error_description":"The access token expired"}', 'token-expired'],
    [401, '{"message":"jwt expired"}', 'token-expired'],
    [
      403,
      '{"error":"insufficient_scope","error_description":"Requires the repo scope"}',
      'insufficient-scope',
    ],
    [403, '{"message":"Resource not accessible by integration"}', 'insufficient-scope'],
    [401, '{"message":"Bad credentials"}', 'bad-credentials'],
    [401, '{"error":"Invalid API key provided"}', 'bad-credentials'],
    [415, '{"message":"Content-Type must be application/json"}', 'content-type'],
    [403, '{"detail":"CSRF Failed: CSRF token missing."}', 'csrf'],
  ] as [number, string, BodyAdviceKind][])('%i %s → %s', (status, body, kind) => {
    expect(bodyAdvice(makeContext({ status, headers: [json], body }))?.kind).toBe(kind);
  });

  it.each([
    [404, '{"message":"Not Found"}'],
    [500, '{"error":"Internal error"}'],
    [200, '{"ok":true,"rate_limit_info":"fine"}'],
  ])('%i %s names no cause', (status, body) => {
    expect(bodyAdvice(makeContext({ status, headers: [json], body }))).toBeUndefined();
  });

  it("puts the body's fix first and drops the 403's generic guess when the body names the cause", () => {
    const d = diagnose(
      makeExchange({
        status: 403,
        headers: [['Content-Type', 'text/plain']],
        body: 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/x). Check https://developer.github.com for other possible causes.',
        request: { method: 'GET', headers: [['User-Agent', '']] },
      }),
      { now: TEST_NOW },
    );
    const steps = d.nextSteps.map((s) => s.text).join('\n');
    expect(steps).toMatch(/send a User-Agent header/);
    expect(steps).not.toMatch(/check the account's role/);
    // The whole message, all of its sentences, not just the first.
    expect(steps).toContain('Check https://developer.github.com for other possible causes.');
  });
});
