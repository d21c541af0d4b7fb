import { describe, expect, it } from 'vitest';
import { parseInput } from './parseInput';

const lines = (...l: string[]) => l.join('\n');

const HTTP1 = lines(
  'Note: Unnecessary use of -X or --request, POST is already inferred.',
  '*   Trying 203.0.113.7:443...',
  '* Connected to api.example.com (203.0.113.7) port 443',
  '* TLSv1.3 (OUT), TLS handshake, Client hello (1):',
  '} [512 bytes data]',
  '> POST /v1/orders HTTP/1.1',
  '> Host: api.example.com',
  '> User-Agent: curl/8.5.0',
  '> Content-Type: application/json',
  '> Content-Length: 11',
  '> ',
  '* Request completely sent off',
  '< HTTP/1.1 422 Unprocessable Content',
  '< Content-Type: application/json',
  '< Content-Length: 37',
  '< ',
  '{ [37 bytes data]',
  '{"errors":[{"field":"qty","msg":"0"}]}* Connection #0 to host api.example.com left intact',
);

const HTTP2_NO_EMPTY_LINE = lines(
  '* Host api.example.com:443 was resolved.',
  '* ALPN: server accepted h2',
  '* [HTTP/2] [1] OPENED stream for https://api.example.com/missing',
  '> GET /missing HTTP/2',
  '> Host: api.example.com',
  '> Accept: */*',
  '>',
  '< HTTP/2 404 ',
  '< content-type: text/plain; charset=utf-8',
  '< date: Tue, 24 Nov 2026 10:00:00 GMT',
  'not found',
  '* Connection #0 to host api.example.com left intact',
);

const REDIRECTS = lines(
  '*   Trying 203.0.113.7:80...',
  '> GET /old HTTP/1.1',
  '> Host: example.com',
  '> ',
  '< HTTP/1.1 301 Moved Permanently',
  '< Location: https://example.com/new',
  '< Content-Length: 0',
  '< ',
  '* Connection #0 to host example.com left intact',
  "* Issue another request to this URL: 'https://example.com/new'",
  '> GET /new HTTP/2',
  '> Host: example.com',
  '> ',
  '< HTTP/2 503 ',
  '< retry-after: 120',
  '< ',
  '{ [20 bytes data]',
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current',
  '                                 Dload  Upload   Total   Spent    Left  Speed',
  '100    20  100    20    0     0    145      0 --:--:-- --:--:-- --:--:--   145',
  '{"error":"busy"}',
  '',
);

describe('parseInput: curl -v', () => {
  it('reads the request and the response of HTTP/1.1 output', () => {
    const parsed = parseInput(HTTP1);
    expect(parsed.kind).toBe('curl-verbose');
    expect(parsed.exchanges).toHaveLength(1);
    const [exchange] = parsed.exchanges;
    expect(exchange?.request).toEqual({
      method: 'POST',
      target: '/v1/orders',
      httpVersion: 'HTTP/1.1',
      headers: [
        { name: 'Host', value: 'api.example.com' },
        { name: 'User-Agent', value: 'curl/8.5.0' },
        { name: 'Content-Type', value: 'application/json' },
        { name: 'Content-Length', value: '11' },
      ],
      body: '',
    });
    expect(exchange?.response).toEqual({
      httpVersion: 'HTTP/1.1',
      status: 422,
      reason: 'Unprocessable Content',
      headers: [
        { name: 'Content-Type', value: 'application/json' },
        { name: 'Content-Length', value: '37' },
      ],
      body: '{"errors":[{"field":"qty","msg":"0"}]}',
    });
    expect(exchange?.label).toBe('POST /v1/orders → 422');
  });

  it('ends the headers at the first body line when the empty `<` line is missing (HTTP/2)', () => {
    const parsed = parseInput(HTTP2_NO_EMPTY_LINE);
    expect(
      parsed.exchanges.map((e) => [e.request?.target, e.request?.httpVersion, e.response.status]),
    ).toEqual([['/missing', 'HTTP/2', 404]]);
    expect(parsed.exchanges[0]?.response.headers.map((h) => h.name)).toEqual(['content-type', 'date']);
    expect(parsed.exchanges[0]?.response.body).toBe('not found\n');
    expect(parsed.problems).toEqual([]);
  });

  it('gives one exchange per request when -L follows redirects, dropping progress lines', () => {
    const parsed = parseInput(REDIRECTS);
    expect(parsed.exchanges.map((e) => [e.request?.target, e.response.status, e.response.body])).toEqual([
      ['/old', 301, ''],
      ['/new', 503, '{"error":"busy"}\n'],
    ]);
    expect(parsed.exchanges[1]?.response.headers).toEqual([{ name: 'retry-after', value: '120' }]);
  });

  it('keeps the request for an interim response and the final one', () => {
    const parsed = parseInput(
      lines(
        '> PUT /f HTTP/1.1',
        '> Expect: 100-continue',
        '> ',
        '< HTTP/1.1 100 Continue',
        '< ',
        '< HTTP/1.1 413 Content Too Large',
        '< ',
        'too big',
      ),
    );
    expect(parsed.exchanges.map((e) => [e.request?.method, e.response.status])).toEqual([
      ['PUT', 100],
      ['PUT', 413],
    ]);
  });

  it('removes the headers curl -iv prints a second time', () => {
    const parsed = parseInput(
      lines(
        '> GET / HTTP/1.1',
        '> ',
        '< HTTP/1.1 500 Internal Server Error',
        '< X: 1',
        '< ',
        'HTTP/1.1 500 Internal Server Error',
        'X: 1',
        '',
        'boom',
      ),
    );
    expect(parsed.exchanges[0]?.response.body).toBe('boom');
  });

  it.each([
    ['CRLF `<` lines: the LFs in the body are real', '\r\n', true],
    ['LF `<` lines copied from a terminal: the body may have lost its CRs', '\n', false],
  ])('checks Content-Length against the body, %s', (_name, eol, warns) => {
    const parsed = parseInput(
      ['> GET / HTTP/1.1', '> ', '< HTTP/1.1 200 OK', '< Content-Length: 8', '< ', 'ab\ncd\n'].join(eol),
    );
    expect(parsed.exchanges[0]?.response.body).toBe('ab\ncd\n');
    expect(parsed.problems.some((p) => p.severity === 'warning')).toBe(warns);
  });

  it('reports curl errors that follow a response', () => {
    const parsed = parseInput(
      lines(
        '> GET / HTTP/1.1',
        '> ',
        '< HTTP/1.1 200 OK',
        '< Content-Length: 100',
        '< ',
        'partial',
        'curl: (18) transfer closed with 92 bytes remaining to read',
      ),
    );
    expect(parsed.problems.map((p) => p.message).join(' ')).toContain('curl reported an error: curl: (18)');
  });

  it('is a no-response input when curl got no response, with its exit code and the request it sent', () => {
    const parsed = parseInput(
      lines(
        '*   Trying 203.0.113.7:443...',
        '* Connected to api.example.com (203.0.113.7) port 443',
        '> POST /orders HTTP/1.1',
        '> Host: api.example.com',
        '>',
        '* Empty reply from server',
        'curl: (52) Empty reply from server',
      ),
    );
    expect(parsed.kind).toBe('no-response');
    expect(parsed.exchanges).toHaveLength(1);
    expect(parsed.exchanges[0]?.response.status).toBe(0);
    expect(parsed.exchanges[0]?.request).toMatchObject({ method: 'POST', target: '/orders' });
    expect(parsed.exchanges[0]?.transportError).toMatchObject({
      tool: 'curl',
      code: '52',
      cause: 'connection-reset',
      message: 'Empty reply from server',
      line: 7,
    });
  });

  it('is unrecognized when curl -v output has neither a response nor a reason', () => {
    const parsed = parseInput(
      lines('*   Trying 203.0.113.7:443...', '* Connected to x (203.0.113.7) port 443'),
    );
    expect(parsed.kind).toBe('unrecognized');
    expect(parsed.problems[0]).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('no response'),
    });
  });
});
