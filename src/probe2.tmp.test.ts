import { it } from 'vitest';
import { analyzeInput } from './core';
const cases: Record<string, string> = {
  githubSecondary: [
    'HTTP/2 403',
    'date: Tue, 24 Mar 2026 12:00:00 GMT',
    'retry-after: 60',
    'x-ratelimit-limit: 5000',
    'x-ratelimit-remaining: 4990',
    'content-type: application/json; charset=utf-8',
    '',
    '{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ABC.","documentation_url":"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits"}',
  ].join('\n'),
  epochNoDate: ['HTTP/1.1 429 Too Many Requests', 'x-ratelimit-limit: 60', 'x-ratelimit-remaining: 0', 'x-ratelimit-reset: 1715690000', '', ''].join('\n'),
  harOffline: JSON.stringify({ log: { entries: [{ request: { method: 'GET', url: 'https://api.example.com/x', headers: [] }, response: { status: 0, statusText: '', headers: [], content: {}, _error: 'net::ERR_INTERNET_DISCONNECTED' } }] } }),
  curlPrompt: '$ curl -v -k -H "Authorization: Bearer abc" https://api.example.com/v1/users\n* Could not resolve host: api.example.com\n* Closing connection\ncurl: (6) Could not resolve host: api.example.com\n',
  uaMissing: 'HTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\nRequest forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required). Check https://developer.github.com for other possible causes.\n',
  postTimeout: '$ curl -X POST -d \'{"a":1}\' https://api.example.com/orders\ncurl: (28) Operation timed out after 30001 milliseconds with 0 bytes received\n',
};
it('probe', () => {
  for (const [name, text] of Object.entries(cases)) {
    const a = analyzeInput(text, { now: new Date('2026-03-24T12:00:00Z') });
    const d = a.diagnosis;
    console.log(`\n===== ${name}: kind=${a.kind} status=${d?.status.code} ${d?.status.name}`);
    console.log('VERDICT', JSON.stringify(d?.verdict));
    for (const f of d?.findings ?? []) console.log(`  [${f.severity}] ${f.id}: ${f.title} — ${f.detail}`);
    d?.nextSteps.forEach((s, i) => console.log(`  ${i + 1}. ${s}`));
    if (d?.backoff) console.log('  BACKOFF', d.backoff.steps.map((s) => s.baseDelayMs).join(','), '|', d.backoff.rules.join(' / '));
  }
});
