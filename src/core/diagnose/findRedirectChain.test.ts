import { describe, expect, it } from 'vitest';
import { analyzeInput } from '../analysis/analyzeInput';
import { followedRequest } from '../http/parseRawResponses';
import { TEST_NOW } from './testExchange';

const hop = (to: string) => `HTTP/2 302 \nlocation: ${to}\ndate: Thu, 26 Nov 2026 17:20:00 GMT\n\n`;
/** QA report 1, item 6: curl -sIL between /login and /auth until curl gives up (exit code 47). */
const LOOP = `$ curl -sIL https://example.com/login\n${[1, 2, 3].map(() => hop('https://example.com/auth') + hop('https://example.com/login')).join('')}curl: (47) Maximum (50) redirects followed\n`;

describe('a redirect chain the paste shows followed', () => {
  it('reports the loop and curl exit code 47, and calls it a failure (QA report 1, item 6)', () => {
    const a = analyzeInput(LOOP, { now: TEST_NOW });
    const d = a.diagnosis!;
    const loop = d.findings.find((f) => f.id === 'redirect-loop');
    expect(loop?.title).toBe('Redirect loop: 2 URLs redirect to each other');
    expect(loop?.detail).toMatch(/exit code 47 \(CURLE_TOO_MANY_REDIRECTS/);
    expect(d.verdict.verdict).toBe('after-fix');
    expect(d.verdict.reason).not.toMatch(/Not a failure/);
    // The request was HEAD (curl -I): no "may turn a POST into a GET" tip.
    expect(d.findings.map((f) => f.id)).not.toContain('redirect-method');
    expect(a.exchange?.request?.method).toBe('HEAD');
    // curl's error is not the body of a response to HEAD.
    expect(a.exchange?.response.body).toBe('');
    expect(a.problems.map((p) => p.message).join('\n')).not.toMatch(/has no body, yet text follows/);
    expect(d.nextSteps.map((s) => s.text).join('\n')).toMatch(/Do not follow it again/);
    expect(d.nextSteps.map((s) => s.text).join('\n')).not.toMatch(/Follow the redirect/);
  });

  it.each([0, 2, 4])(
    'hop %i of the loop, not only the last, is the loop (QA report 1, item 2)',
    (selectedIndex) => {
      const d = analyzeInput(LOOP, { now: TEST_NOW, selectedIndex }).diagnosis!;
      expect(d.findings.map((f) => f.id)).toContain('redirect-loop');
      expect(d.verdict.verdict).toBe('after-fix');
      expect(d.verdict.reason).not.toMatch(/Not a failure/);
    },
  );

  it('names curl 47 even when the URLs do not repeat', () => {
    const text = `$ curl -sIL https://a.example/1\n${hop('https://a.example/2')}${hop('https://a.example/3')}curl: (47) Maximum (2) redirects followed\n`;
    const d = analyzeInput(text, { now: TEST_NOW }).diagnosis!;
    expect(d.findings.find((f) => f.id === 'redirect-loop')?.title).toBe(
      'Redirect loop: 2 redirects without an end',
    );
  });

  it('finds nothing wrong in a chain that ends', () => {
    const text = `$ curl -sIL https://a.example/1\n${hop('https://a.example/2')}HTTP/2 200 \ncontent-type: text/html\n\n`;
    const a = analyzeInput(text, { now: TEST_NOW });
    expect(a.diagnosis?.findings.map((f) => f.id)).not.toContain('redirect-loop');
    expect(a.exchange?.request?.target).toBe('https://a.example/2');
  });

  it.each([
    [302, 'POST', 'GET'],
    [301, 'POST', 'GET'],
    [303, 'PUT', 'GET'],
    [303, 'HEAD', 'HEAD'],
    [307, 'POST', 'POST'],
    [302, 'HEAD', 'HEAD'],
    [302, 'PUT', 'PUT'],
  ])('a %i followed after a %s is a %s', (status, method, expected) => {
    const followed = followedRequest(
      { method, target: 'https://a.example/x', httpVersion: '', headers: [], body: 'b' },
      { httpVersion: 'HTTP/1.1', status, reason: '', headers: [{ name: 'Location', value: '/y' }], body: '' },
    );
    expect(followed).toMatchObject({ method: expected, target: 'https://a.example/y' });
  });
});
