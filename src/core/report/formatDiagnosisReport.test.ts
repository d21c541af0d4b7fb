import { describe, expect, it } from 'vitest';
import { analyzeInput } from '../analysis/analyzeInput';
import { formatDiagnosisMarkdown } from './formatDiagnosisMarkdown';
import { formatDiagnosisReport, REPORT_BODY_CHARS } from './formatDiagnosisReport';
import { REPORT_MAX_HEADERS } from './reportLimits';

const NOW = { now: new Date('2026-11-24T10:00:00Z') };

describe('formatDiagnosisReport', () => {
  it('reports status, verdict, findings, next steps and the backoff plan', () => {
    const report = formatDiagnosisReport(
      analyzeInput('HTTP/1.1 429 Too Many Requests\nRetry-After: 30\n\n{"message":"slow down"}', NOW),
    )!;
    expect(report.split('\n')[0]).toBe('429 Too Many Requests (client error), HTTP/1.1');
    expect(report.split('\n')[2]).toMatch(/^Verdict: Retry with backoff \(wait 30 s first\)\./);
    expect(report).toMatch(/^- \[\w+\] Retry after 30 s/m);
    expect(report).toMatch(/^1\. /m);
    expect(report).toMatch(
      /^Backoff: 30 s \(the server.s wait\), then 1 min, 2 min, 4 min, 8 min \(each plus/m,
    );
    expect(report).toContain('"message": "slow down"');
  });

  it("leads with the verdict for this response, not the status code's general rule", () => {
    const report = formatDiagnosisReport(
      analyzeInput(
        'HTTP/1.1 403 Forbidden\nRetry-After: 60\nContent-Type: application/json\n\n{"message":"You have exceeded a secondary rate limit."}',
        NOW,
      ),
    )!;
    expect(report).toMatch(/^Verdict: Retry with backoff \(wait 1 min first\)\. This 403 is about pace/m);
    expect(report).not.toMatch(/Do not retry/);
  });

  it('reports a transport failure: cause, command (masked), culprits and checks', () => {
    const report = formatDiagnosisReport(
      analyzeInput(
        '$ curl -H "Authorization: Bearer sk_live_123" https://api.example.com/x\ncurl: (6) Could not resolve host: api.example.com\n',
        NOW,
      ),
    )!;
    expect(report.split('\n')[0]).toBe('No response: The host name could not be resolved');
    expect(report).toMatch(/^Verdict: Retry only after fixing the request\./m);
    expect(report).toContain('Command: curl -H "Authorization: •••" https://api.example.com/x');
    expect(report).toContain('  $ nslookup api.example.com');
    expect(report).toMatch(/^Likely culprits:\n- A typo in the host name/m);
    expect(report).not.toMatch(/sk_live_123|Response headers/);
  });

  it('masks credentials in request and response headers and secret members of the body', () => {
    const text = [
      '> POST /oauth/token HTTP/1.1',
      '> Host: api.example.com',
      '> Authorization: Bearer sk_live_123',
      '>',
      '< HTTP/1.1 500 Internal Server Error',
      '< Set-Cookie: session=abc',
      '< Content-Type: application/json',
      '<',
      '{"error":"boom","access_token":"tok_999"}',
    ].join('\n');
    const report = formatDiagnosisReport(analyzeInput(text, NOW))!;
    expect(report).toContain('Request: POST /oauth/token');
    expect(report).toContain('  Authorization: •••');
    expect(report).toContain('  Set-Cookie: •••');
    expect(report).toContain('"access_token": "•••"');
    expect(report).not.toMatch(/sk_live_123|session=abc|tok_999/);
  });

  it('quotes only the start of a long body', () => {
    const body = JSON.stringify({ items: Array.from({ length: 500 }, (_, i) => ({ id: i })) });
    const report = formatDiagnosisReport(
      analyzeInput(`HTTP/1.1 200 OK\nContent-Type: application/json\n\n${body}`),
    )!;
    expect(report).toMatch(/… \d+ more characters$/);
    expect(report.length).toBeLessThan(REPORT_BODY_CHARS + 2_000);
  });

  it('has nothing to report without a response or a body', () => {
    expect(formatDiagnosisReport(analyzeInput(''))).toBeUndefined();
    expect(formatDiagnosisReport(analyzeInput('hello this is not http'))).toMatch(/^Body only/);
  });
});

describe('formatDiagnosisReport on hostile input', () => {
  it('lists at most REPORT_MAX_HEADERS headers of a recording with 130,000 and says how many more', () => {
    const headers = Array.from({ length: 130_000 }, (_, i) => ({ name: `X-H${i}`, value: 'v' }));
    const analysis = analyzeInput('HTTP/1.1 500 Internal Server Error\n\n', NOW);
    const big = { ...analysis, exchange: { response: { ...analysis.exchange!.response, headers } } };
    const report = formatDiagnosisReport(big)!;
    expect(report).toContain(`  X-H${REPORT_MAX_HEADERS - 1}: v\n  … 129,900 more headers`);
    expect(report).not.toContain(`X-H${REPORT_MAX_HEADERS}:`);
    const markdown = formatDiagnosisMarkdown(big)!;
    expect(markdown).toContain('_… 129,900 more headers not shown._');
  });

  it('masks a body of repeated secret words (a quadratic mask took seconds per 100 kB)', () => {
    const value = 'token '.repeat(200_000);
    const report = formatDiagnosisReport(
      analyzeInput(`HTTP/1.1 500 X\nContent-Type: application/json\n\n{"token":"${value}"}`, NOW),
    )!;
    expect(report).toMatch(/Body \(JSON, formatted\):\n\{\n {2}"token": "•••\n… \d+ more characters$/);
    expect(report).not.toContain('token token');
  });
});

describe('no credential leaves the tab in either report (QA report 1, item 3)', () => {
  const pastes: [string, string, string[]][] = [
    [
      "Stripe's -u key: (the key is the user)",
      `$ curl -i https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: -d amount=2000
HTTP/1.1 402 Payment Required
Content-Type: application/json

{"error":{"code":"card_declined","message":"Your card was declined."}}`,
      ['sk_test_4eC39HqLyjWDarjtT1zdp7dc'],
    ],
    [
      'query secrets on the request line, -u, -b cookies, a DSN password and a JWT in the body',
      `$ curl -i 'https://api.example.com/v1/search?q=x&api_key=QUERYSECRET123&access_token=QTOKEN456' -u admin:P4ssw0rd! -b 'session=COOKIESECRET' -H 'X-Api-Key: HEADERKEY789' --oauth2-bearer OAUTHBEARER000
HTTP/1.1 500 Internal Server Error
Content-Type: application/json
Location: https://api.example.com/next?token=LOCATIONTOKEN

{"error":"boom","debug":{"db_password":"DBPASS","url":"postgres://u:PGPASS@db/x","note":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"}}`,
      [
        'QUERYSECRET123',
        'QTOKEN456',
        'P4ssw0rd',
        'COOKIESECRET',
        'HEADERKEY789',
        'OAUTHBEARER000',
        'DBPASS',
        'PGPASS',
        'LOCATIONTOKEN',
        'eyJzdWIiOiIxMjMifQ',
      ],
    ],
  ];
  it.each(pastes)('%s', (_, paste, secrets) => {
    const analysis = analyzeInput(paste, NOW);
    for (const report of [formatDiagnosisReport(analysis)!, formatDiagnosisMarkdown(analysis)!]) {
      expect(report).toMatch(/credentials masked|^Command: /m);
      for (const secret of secrets) expect(report).not.toContain(secret);
      expect(report).toContain('•••');
    }
  });
});

describe('Markdown keeps the core’s own commands as code (QA report 1, item 24)', () => {
  it('a no-response report: the check is inline code, not escaped backticks', () => {
    const md = formatDiagnosisMarkdown(
      analyzeInput(
        '$ curl https://api.example.com/x\ncurl: (6) Could not resolve host: api.example.com\n',
        NOW,
      ),
    )!;
    expect(md).toMatch(/run `nslookup api\.example\.com`/);
    expect(md).not.toContain('\\`');
  });
});

describe('a body-only paste still has a report (QA report 1, item 29b)', () => {
  const paste = `$ curl -k -s -u foo:bar 'https://localhost:5665/v1/objects/hosts'\n{"results":[{"info":"Unauthorized."}]}\n`;
  it.each([
    ['Markdown', formatDiagnosisMarkdown],
    ['plain text', formatDiagnosisReport],
  ])('%s: the body, its validity and the masked command', (_, format) => {
    const report = format(analyzeInput(paste, NOW))!;
    expect(report).toMatch(/Body only: no status line or headers/);
    expect(report).toMatch(/The body is valid JSON\./);
    expect(report).toContain('"info": "Unauthorized."');
    expect(report).toContain('-u foo:•••');
    expect(report).not.toContain('foo:bar');
  });
});
