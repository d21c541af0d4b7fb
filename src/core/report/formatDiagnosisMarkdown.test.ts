import { describe, expect, it } from 'vitest';
import { analyzeInput } from '../analysis/analyzeInput';
import { formatDiagnosisMarkdown } from './formatDiagnosisMarkdown';

const NOW = { now: new Date('2026-11-24T10:00:00Z') };

const CURL_V = [
  '> POST /oauth/token HTTP/1.1',
  '> Host: api.example.com',
  '> Authorization: Bearer sk_live_123',
  '>',
  '< HTTP/1.1 429 Too Many Requests',
  '< Retry-After: 30',
  '< Set-Cookie: session=abc',
  '< X-Note: a | b `tick` [x](javascript:alert(1)) ![i](https://evil.example/p.png)',
  '< Content-Type: application/json',
  '<',
  '{"error":"rate_limited","access_token":"tok_999","code":"```"}',
].join('\n');

describe('formatDiagnosisMarkdown', () => {
  const md = formatDiagnosisMarkdown(analyzeInput(CURL_V, NOW))!;

  it('leads with the status heading and the verdict', () => {
    expect(md.split('\n')[0]).toBe('## 429 Too Many Requests');
    expect(md).toMatch(/^\*\*Verdict:\*\* Retry with backoff \(wait 30 s first\)\./m);
    expect(md).toContain('**Request:** `POST /oauth/token`');
  });

  it('lists findings, next steps and the backoff plan under their headings', () => {
    expect(md).toMatch(/^### Findings\n\n- \*\*(Error|Warning|Info|Tip): /m);
    expect(md).toMatch(/^### Next steps\n\n1\. /m);
    expect(md).toMatch(/^### Backoff\n\n30 s \(the server.s wait\), then 1 min, 2 min/m);
  });

  it('puts headers in a table with credentials masked and cell text that cannot break out', () => {
    expect(md).toContain('| Header | Value |');
    expect(md).toContain('| `Set-Cookie` | `•••` |');
    expect(md).toContain('| `Authorization` | `•••` |');
    const note = md.split('\n').find((line) => line.startsWith('| `X-Note`'))!;
    // Three cells' worth of pipes only: the value's own pipe is escaped.
    expect(note.split(/(?<!\\)\|/).length).toBe(4);
    expect(note).toContain('``a \\| b `tick` [x](javascript:alert(1)) ![i](https://evil.example/p.png)``');
  });

  it('fences the body with a fence longer than any backtick run in it, secrets masked', () => {
    expect(md).toMatch(/^### Body \(JSON, formatted\)\n\n````json\n/m);
    expect(md).toContain('"access_token": "•••"');
    expect(md).not.toMatch(/sk_live_123|session=abc|tok_999/);
  });

  it('has nothing to report without a response or a body; a bare body gets a body-only report', () => {
    expect(formatDiagnosisMarkdown(analyzeInput(''))).toBeUndefined();
    expect(formatDiagnosisMarkdown(analyzeInput('{"just":"a body"}'))).toMatch(/^## Body only/);
  });
});

describe('formatDiagnosisMarkdown: verdict and transport failures', () => {
  it("leads with this response's verdict", () => {
    const md = formatDiagnosisMarkdown(
      analyzeInput(
        'HTTP/1.1 403 Forbidden\nRetry-After: 60\nContent-Type: application/json\n\n{"message":"You have exceeded a secondary rate limit."}',
        NOW,
      ),
    )!;
    expect(md).toMatch(/^\*\*Verdict:\*\* Retry with backoff \(wait 1 min first\)\./m);
  });
  it('reports a transport failure with the masked command, culprits and checks, and no header table', () => {
    const md = formatDiagnosisMarkdown(
      analyzeInput(
        '$ curl -H "Authorization: Bearer sk_live_123" https://api.example.com/x\ncurl: (6) Could not resolve host: api.example.com\n',
        NOW,
      ),
    )!;
    expect(md.split('\n')[0]).toBe('## No response: The host name could not be resolved');
    expect(md).toContain('### Likely culprits');
    expect(md).toContain('- `nslookup api.example.com`');
    expect(md).not.toMatch(/sk_live_123|### Response headers/);
  });
});
