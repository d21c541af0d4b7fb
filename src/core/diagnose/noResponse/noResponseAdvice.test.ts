import { describe, expect, it } from 'vitest';
import type { HttpRequest, NoResponseCause, RetryVerdict, TransportError } from '../../types';
import { diagnose } from '../diagnose';
import { TEST_NOW } from '../testExchange';
import { NO_RESPONSE_GUIDANCE } from './noResponseGuidance';
import { noResponseAdvice } from './noResponseAdvice';

const request = (method: string, target: string): HttpRequest => ({
  method,
  target,
  httpVersion: '',
  headers: [],
  body: '',
});
const error = (cause: NoResponseCause, extra: Partial<TransportError> = {}): TransportError => ({
  tool: 'curl',
  cause,
  message: 'x',
  ...extra,
});

describe('guidance for a request that got no response', () => {
  it.each(Object.keys(NO_RESPONSE_GUIDANCE) as NoResponseCause[])(
    '%s has a title, meaning, culprits, checks and a verdict',
    (cause) => {
      const g = NO_RESPONSE_GUIDANCE[cause];
      expect(g.title.length).toBeGreaterThan(10);
      expect(g.meaning.length).toBeGreaterThan(40);
      expect(g.culprits.length).toBeGreaterThanOrEqual(3);
      expect(g.retry.explanation.length).toBeGreaterThan(30);
      const advice = noResponseAdvice(request('GET', 'https://api.example.com/v1'), error(cause));
      expect(advice.confirm.length).toBeGreaterThanOrEqual(1);
    },
  );

  it.each([
    ['dns', 'nslookup api.example.com'],
    ['connection-refused', 'nc -vz api.example.com 443'],
    ['timeout', 'nc -vz -w 5 api.example.com 443'],
    [
      'tls',
      'openssl s_client -connect api.example.com:443 -servername api.example.com -showcerts </dev/null',
    ],
    ['connection-reset', "curl -v --http1.1 'https://api.example.com/v1'"],
  ] as [NoResponseCause, string][])(
    '%s: the check names the host and port of the failed request',
    (cause, command) => {
      const advice = noResponseAdvice(request('GET', 'https://api.example.com/v1'), error(cause));
      expect(advice.confirm).toContainEqual(expect.objectContaining({ command }));
    },
  );

  it.each([
    [
      'refused on localhost: start the server',
      'connection-refused',
      undefined,
      'GET',
      'http://localhost:3000/x',
      'after-fix',
    ],
    [
      'refused on a remote host: safe to retry (nothing was sent)',
      'connection-refused',
      'connect',
      'POST',
      'https://a.io/x',
      'with-backoff',
    ],
    ['a connect timeout: nothing was sent', 'timeout', 'connect', 'POST', 'https://a.io/x', 'with-backoff'],
    [
      'a POST that timed out waiting for the response: check first',
      'timeout',
      'response',
      'POST',
      'https://a.io/x',
      'after-verify',
    ],
    [
      'a POST whose timeout phase is unknown: check first',
      'timeout',
      undefined,
      'POST',
      'https://a.io/x',
      'after-verify',
    ],
    ['a GET that timed out: retry', 'timeout', 'response', 'GET', 'https://a.io/x', 'with-backoff'],
    ['a reset POST: check first', 'connection-reset', 'response', 'POST', 'https://a.io/x', 'after-verify'],
    ['DNS: fix first', 'dns', 'connect', 'GET', 'https://a.io/x', 'after-fix'],
    ['TLS: fix first', 'tls', 'connect', 'GET', 'https://a.io/x', 'after-fix'],
    ['CORS: fix the server', 'cors', undefined, 'GET', 'https://a.io/x', 'after-fix'],
    ['offline: retry when back', 'offline', 'connect', 'GET', 'https://a.io/x', 'with-backoff'],
    ['cancelled by the client', 'aborted', undefined, 'GET', 'https://a.io/x', 'not-applicable'],
  ] as [string, NoResponseCause, TransportError['phase'], string, string, RetryVerdict][])(
    '%s',
    (_, cause, phase, method, target, verdict) => {
      expect(
        noResponseAdvice(request(method, target), error(cause, phase ? { phase } : {})).retry.verdict,
      ).toBe(verdict);
    },
  );

  it("leads with the curl code's own culprits and check", () => {
    const advice = noResponseAdvice(request('GET', 'https://a.io/'), error('tls', { code: '60' }));
    expect(advice.codeMeaning).toMatch(/could not be verified/);
    expect(advice.culprits[0]).toMatch(/self-signed certificate/);
    expect(advice.confirm[0]).toMatchObject({ command: "curl -v 'https://a.io/' 2>&1 | grep -i cafile" });
  });

  it('spots a URL built wrong when the host name is "https"', () => {
    const advice = noResponseAdvice(undefined, {
      tool: 'node',
      cause: 'dns',
      code: 'ENOTFOUND',
      message: 'getaddrinfo ENOTFOUND https',
      host: 'https',
    });
    expect(advice.culprits[0]).toMatch(/The host name is "https"/);
  });

  it('uses placeholders when the paste does not say where the request went', () => {
    const advice = noResponseAdvice(undefined, error('dns'));
    expect(advice.confirm[0]).toEqual({ command: 'nslookup <host>' });
  });
});

describe('diagnose: a request that got no response', () => {
  const exchange = (transportError: TransportError, req?: HttpRequest) => ({
    ...(req && { request: req }),
    response: { httpVersion: '', status: 0, reason: '', headers: [], body: '' },
    transportError,
  });

  it('finds no-response with its cause, code and message, and says "No response", not "invalid"', () => {
    const d = diagnose(
      exchange({
        tool: 'curl',
        cause: 'dns',
        code: '6',
        message: 'Could not resolve host: api.example.com',
        host: 'api.example.com',
      }),
      { now: TEST_NOW },
    );
    expect(d.status.name).toBe('No response');
    expect(d.findings).toHaveLength(1);
    expect(d.findings[0]).toMatchObject({
      id: 'no-response',
      severity: 'error',
      title: 'The host name could not be resolved',
      data: {
        cause: 'dns',
        code: '6',
        message: 'Could not resolve host: api.example.com',
        host: 'api.example.com',
      },
    });
    expect(d.findings[0]?.detail).toMatch(/curl reported exit code 6/);
    expect(d.verdict.verdict).toBe('after-fix');
    expect(d.backoff).toBeUndefined();
    expect(d.nextSteps.map((s) => s.text)).toEqual([
      'Check the likeliest culprit first, a typo in the host name, or a URL built wrong (a missing "//", a scheme or port pasted into the host): run `nslookup api.example.com`.',
    ]);
  });

  it('warns that a POST which timed out may have taken effect, and plans a checked retry', () => {
    const d = diagnose(
      exchange(
        { tool: 'python', cause: 'timeout', phase: 'response', message: 'Read timed out.' },
        request('POST', 'https://a.io/pay'),
      ),
      { now: TEST_NOW },
    );
    expect(d.findings.map((f) => f.id)).toEqual(['no-response', 'not-idempotent']);
    expect(d.verdict.verdict).toBe('after-verify');
    expect(d.backoff?.rules[0]).toMatch(/took effect/);
  });

  it('does not warn about a duplicate when the connection never opened', () => {
    const d = diagnose(
      exchange(
        { tool: 'curl', cause: 'connection-refused', phase: 'connect', message: 'x', host: 'a.io' },
        request('POST', 'https://a.io/pay'),
      ),
      { now: TEST_NOW },
    );
    expect(d.findings.map((f) => f.id)).toEqual(['no-response']);
  });
});
