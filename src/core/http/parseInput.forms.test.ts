/** Every input form people paste, beyond raw responses: one table, what each is read as. */
import { describe, expect, it } from 'vitest';
import type { ParsedInput } from '../types';
import { parseInput } from './parseInput';

const lines = (...l: string[]) => l.join('\n');
const final = (p: ParsedInput) => p.exchanges.at(-1);

/** curl 8.x -v over HTTP/2 with its TLS lines, as a terminal prints it. */
const CURL_8_HTTP2 = lines(
  '$ curl -v -H "Authorization: Bearer REDACTED" https://api.example.com/v1/me',
  '* Host api.example.com:443 was resolved.',
  '* IPv6: (none)',
  '* IPv4: 203.0.113.7',
  '*   Trying 203.0.113.7:443...',
  '* Connected to api.example.com (203.0.113.7) port 443',
  '* ALPN: curl offers h2,http/1.1',
  '* TLSv1.3 (OUT), TLS handshake, Client hello (1):',
  '*  CAfile: /etc/ssl/certs/ca-certificates.crt',
  '* TLSv1.3 (IN), TLS handshake, Server hello (2):',
  '* TLSv1.3 (IN), TLS handshake, Finished (20):',
  '* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS',
  '* ALPN: server accepted h2',
  '* Server certificate:',
  '*  subject: CN=api.example.com',
  '* using HTTP/2',
  '* [HTTP/2] [1] OPENED stream for https://api.example.com/v1/me',
  '> GET /v1/me HTTP/2',
  '> Host: api.example.com',
  '> User-Agent: curl/8.5.0',
  '> Authorization: Bearer REDACTED',
  '>',
  '< HTTP/2 401',
  '< www-authenticate: Bearer error="invalid_token"',
  '< content-type: application/json',
  '<',
  '{"message":"Bad credentials"}',
  '* Connection #0 to host api.example.com left intact',
);

describe('parseInput: every input form', () => {
  it.each([
    ['curl 8.x -v over HTTP/2 with TLS lines, after a prompt', CURL_8_HTTP2, 'curl-verbose', 401],
    [
      'curl -i after a user@host prompt',
      lines(
        'dev@box:~/api$ curl -i -X POST https://a.io/orders',
        'HTTP/1.1 422 Unprocessable Content',
        '',
        '{}',
      ),
      'raw',
      422,
    ],
    [
      'curl -i piped, the progress meter before the response',
      lines(
        '$ curl -i https://a.io | head',
        '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current',
        '                                 Dload  Upload   Total   Spent    Left  Speed',
        '100    19  100    19    0     0    120      0 --:--:-- --:--:-- --:--:--   120',
        'HTTP/1.1 404 Not Found',
        '',
        'nope',
      ),
      'raw',
      404,
    ],
    [
      'curl -f: the status from exit code 22',
      lines('$ curl -f https://a.io/x', 'curl: (22) The requested URL returned error: 404'),
      'raw',
      404,
    ],
    [
      'HTTPie -v: request, blank lines, response',
      lines(
        '$ http -v POST :3000/users name=ann',
        'POST /users HTTP/1.1',
        'Host: localhost:3000',
        '',
        '{"name": "ann"}',
        '',
        '',
        'HTTP/1.1 409 Conflict',
        '',
        '',
      ),
      'raw',
      409,
    ],
    [
      'wget -S with a redirect',
      lines(
        '$ wget -S http://a.io/x',
        '--2024-01-01 10:00:00--  http://a.io/x',
        'Connecting to a.io (a.io)|1.2.3.4|:80... connected.',
        'HTTP request sent, awaiting response... ',
        '  HTTP/1.1 301 Moved Permanently',
        '  Location: https://a.io/x',
        'Location: https://a.io/x [following]',
        '--2024-01-01 10:00:00--  https://a.io/x',
        'Connecting to a.io (a.io)|1.2.3.4|:443... connected.',
        'HTTP request sent, awaiting response... ',
        '  HTTP/1.1 503 Service Unavailable',
        '  Retry-After: 120',
        '2024-01-01 10:00:01 ERROR 503: Service Unavailable.',
      ),
      'raw',
      503,
    ],
    [
      'BusyBox wget with a status',
      lines(
        '/ # wget http://a.io/x',
        'Connecting to a.io (1.2.3.4:80)',
        'wget: server returned error: HTTP/1.1 404 Not Found',
      ),
      'raw',
      404,
    ],
    [
      'Chrome "Copy response headers" of an HTTP/2 response (:status among them)',
      lines('content-type: application/json', ':status: 429', 'retry-after: 30'),
      'raw',
      429,
    ],
    [
      'older Chrome: status as a header',
      lines('status: 503', 'content-type: text/html', 'retry-after: 10'),
      'raw',
      503,
    ],
    [
      'Firefox "Copy Response Headers" with its status line',
      lines('HTTP/2 403 ', 'content-type: text/html', 'server: cloudflare'),
      'raw',
      403,
    ],
    ['curl: (6) alone', 'curl: (6) Could not resolve host: api.example.com', 'no-response', 0],
    [
      'curl -v that failed after sending a POST',
      lines(
        '*   Trying 127.0.0.1:8080...',
        '* Connected to localhost (127.0.0.1) port 8080',
        '> POST /pay HTTP/1.1',
        '> Host: localhost:8080',
        '>',
        '* Empty reply from server',
        'curl: (52) Empty reply from server',
      ),
      'no-response',
      0,
    ],
    [
      'wget refused',
      lines(
        '$ wget http://localhost:9000/',
        'Connecting to localhost (localhost)|127.0.0.1|:9000... failed: Connection refused.',
      ),
      'no-response',
      0,
    ],
    [
      'Node ECONNREFUSED',
      'Error: connect ECONNREFUSED 127.0.0.1:3000\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)',
      'no-response',
      0,
    ],
    [
      'Python ReadTimeout',
      "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='a.io', port=443): Read timed out. (read timeout=5)",
      'no-response',
      0,
    ],
  ])('%s', (_, text, kind, status) => {
    const parsed = parseInput(text);
    expect(parsed.kind).toBe(kind);
    expect(final(parsed)?.response.status).toBe(status);
  });

  it('keeps the command, and reads the request from it when the output has none', () => {
    const parsed = parseInput(
      lines('$ curl -i -X POST -d \'{"a":1}\' https://a.io/orders', 'HTTP/1.1 400 Bad Request', '', '{}'),
    );
    expect(parsed.command).toBe('curl -i -X POST -d \'{"a":1}\' https://a.io/orders');
    expect(final(parsed)?.request).toMatchObject({
      method: 'POST',
      target: 'https://a.io/orders',
      body: '{"a":1}',
    });
    expect(parsed.problems).toContainEqual({
      severity: 'info',
      message: expect.stringContaining('read from the command'),
      line: 1,
    });
  });

  it('prefers the request curl -v shows over the command', () => {
    const request = final(parseInput(CURL_8_HTTP2))?.request;
    expect(request).toMatchObject({ method: 'GET', target: '/v1/me', httpVersion: 'HTTP/2' });
  });

  it('keeps line numbers those of the paste, command lines included', () => {
    const parsed = parseInput(
      lines('$ curl -i https://a.io', 'HTTP/1.1 200 OK', 'Content-Length: 2', '', 'hello'),
    );
    expect(parsed.problems).toContainEqual(expect.objectContaining({ severity: 'warning', line: 3 }));
  });

  it('reads -I as HEAD, so the missing body is not a short body', () => {
    const parsed = parseInput(lines('$ curl -I https://a.io', 'HTTP/2 200', 'content-length: 6643', '', ''));
    expect(final(parsed)?.request?.method).toBe('HEAD');
    expect(parsed.problems.filter((p) => p.severity === 'warning')).toEqual([]);
  });

  it("gives a pasted transport failure one exchange with status 0, its request and the client's error", () => {
    const parsed = parseInput(
      lines(
        '$ curl -X POST https://api.example.com/v1/pay',
        'curl: (28) Operation timed out after 30001 milliseconds with 0 bytes received',
      ),
    );
    expect(parsed).toMatchObject({
      kind: 'no-response',
      command: 'curl -X POST https://api.example.com/v1/pay',
    });
    expect(parsed.exchanges).toEqual([
      {
        request: {
          method: 'POST',
          target: 'https://api.example.com/v1/pay',
          httpVersion: '',
          headers: [],
          body: '',
        },
        response: { httpVersion: '', status: 0, reason: '', headers: [], body: '' },
        label: 'POST https://api.example.com/v1/pay → no response',
        transportError: {
          tool: 'curl',
          code: '28',
          cause: 'timeout',
          message: 'Operation timed out after 30001 milliseconds with 0 bytes received',
          line: 2,
          url: 'https://api.example.com/v1/pay',
        },
      },
    ]);
  });

  it("records a HAR entry with status 0 as no response, with Chrome's _error", () => {
    const har = JSON.stringify({
      log: {
        entries: [
          {
            request: { method: 'GET', url: 'https://a.io/x', headers: [] },
            response: {
              status: 0,
              statusText: '',
              headers: [],
              content: {},
              _error: 'net::ERR_INTERNET_DISCONNECTED',
            },
          },
          {
            request: { method: 'GET', url: 'https://a.io/y', headers: [] },
            response: { status: 0, headers: [], content: {} },
          },
        ],
      },
    });
    const [chrome, firefox] = parseInput(har).exchanges;
    expect(chrome?.transportError).toMatchObject({
      tool: 'browser',
      code: 'net::ERR_INTERNET_DISCONNECTED',
      cause: 'offline',
      url: 'https://a.io/x',
    });
    expect(firefox?.transportError).toMatchObject({ tool: 'browser', cause: 'other', url: 'https://a.io/y' });
  });

  it('leaves headers without any status as a body, with a hint', () => {
    const parsed = parseInput(lines('content-type: application/json', 'retry-after: 30'));
    expect(parsed.kind).toBe('body-only');
    expect(parsed.problems[0]?.message).toMatch(/no status line/);
  });

  it('says when only a command was pasted', () => {
    const parsed = parseInput('$ curl -v https://a.io\n');
    expect(parsed).toMatchObject({ kind: 'empty', command: 'curl -v https://a.io' });
    expect(parsed.problems[0]?.message).toMatch(/Only a command was pasted/);
  });
});
