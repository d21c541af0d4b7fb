import { describe, expect, it } from 'vitest';
import type { TransportError } from '../../types';
import { CURL_EXIT_CODES } from './curlExitCodes';
import { findCurlHttpError } from './findCurlError';
import { findTransportError } from './findTransportError';
import { transportLines } from './transportLines';

const find = (text: string, program?: string) => findTransportError(transportLines(text), program);

describe('findTransportError', () => {
  it.each([
    [
      'curl (7), old wording',
      'curl: (7) Failed to connect to localhost port 8080: Connection refused',
      { tool: 'curl', code: '7', cause: 'connection-refused', phase: 'connect', host: 'localhost', line: 1 },
    ],
    [
      'curl (7) that timed out',
      'curl: (7) Failed to connect to a.io port 443 after 21045 ms: Timed out',
      { tool: 'curl', code: '7', cause: 'timeout', phase: 'connect' },
    ],
    [
      'curl (7) with no route',
      'curl: (7) Failed to connect to 10.1.1.1 port 443 after 3 ms: No route to host',
      { tool: 'curl', code: '7', cause: 'offline' },
    ],
    [
      'curl (28) resolving',
      'curl: (28) Resolving timed out after 5000 milliseconds',
      { tool: 'curl', code: '28', cause: 'dns' },
    ],
    [
      'curl (28) connecting',
      'curl: (28) Connection timed out after 5001 milliseconds',
      { tool: 'curl', code: '28', cause: 'timeout', phase: 'connect' },
    ],
    [
      'curl error glued to the progress meter',
      '  0     0    0     0    0     0      0      0 --:--:--  0:01:10 --:--:--     0curl: (56) Recv failure: Connection reset by peer',
      {
        tool: 'curl',
        code: '56',
        cause: 'connection-reset',
        message: 'Recv failure: Connection reset by peer',
      },
    ],
    [
      'curl -v note without the curl: line',
      '* Could not resolve host: a.io\n* Closing connection 0',
      { tool: 'curl', cause: 'dns', host: 'a.io', line: 1 },
    ],
    [
      'GNU wget: refused on IPv6, then connected: the later failure counts',
      'Connecting to h (h)|::1|:80... failed: Connection refused.\nConnecting to h (h)|127.0.0.1|:80... connected.\nHTTP request sent, awaiting response... Read error (Connection reset by peer) in headers.',
      { tool: 'wget', cause: 'connection-reset', line: 3 },
    ],
    [
      'GNU wget TLS',
      'Connecting to a.io (a.io)|1.2.3.4|:443... connected.\nUnable to establish SSL connection.',
      { tool: 'wget', cause: 'tls' },
    ],
    ['BusyBox wget', "wget: bad address 'a.io'", { tool: 'wget', cause: 'dns', host: 'a.io' }],
    [
      'Node: fetch failed with its cause',
      "TypeError: fetch failed\n    at x\n  cause: Error: connect ECONNREFUSED 127.0.0.1:3000\n      at y {\n    errno: -111,\n    code: 'ECONNREFUSED'\n  }\n}",
      { tool: 'node', code: 'ECONNREFUSED', cause: 'connection-refused', host: '127.0.0.1', line: 3 },
    ],
    [
      'Node: node-fetch',
      'FetchError: request to https://a.io/x failed, reason: getaddrinfo ENOTFOUND a.io',
      { tool: 'node', code: 'ENOTFOUND', cause: 'dns', url: 'https://a.io/x' },
    ],
    [
      'Node: axios timeout',
      "AxiosError: timeout of 1000ms exceeded\n  code: 'ECONNABORTED',",
      { tool: 'node', code: 'ECONNABORTED', cause: 'timeout' },
    ],
    [
      'Node: certificate',
      "Error: self-signed certificate in certificate chain\n  code: 'SELF_SIGNED_CERT_IN_CHAIN'",
      { tool: 'node', code: 'SELF_SIGNED_CERT_IN_CHAIN', cause: 'tls' },
    ],
    [
      'Python requests ConnectTimeout',
      "requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='a.io', port=443): Max retries exceeded with url: /v1 (Caused by ConnectTimeoutError(...))",
      {
        tool: 'python',
        code: 'ConnectTimeout',
        cause: 'timeout',
        phase: 'connect',
        host: 'a.io',
        url: 'https://a.io/v1',
      },
    ],
    [
      'Python http.client',
      'http.client.RemoteDisconnected: Remote end closed connection without response',
      { tool: 'python', code: 'RemoteDisconnected', cause: 'connection-reset' },
    ],
    [
      'Python ConnectionRefusedError',
      'ConnectionRefusedError: [Errno 111] Connection refused',
      { tool: 'python', code: 'ConnectionRefusedError', cause: 'connection-refused' },
    ],
    ['HTTPie', 'http: error: Request timed out (30s).', { tool: 'httpie', cause: 'timeout' }],
    [
      'Chrome console',
      'GET https://api.example.com/v1 net::ERR_CONNECTION_REFUSED',
      {
        tool: 'browser',
        code: 'net::ERR_CONNECTION_REFUSED',
        cause: 'connection-refused',
        url: 'https://api.example.com/v1',
      },
    ],
    [
      'a CORS refusal in the console',
      "Access to fetch at 'https://api.example.com/v1' from origin 'http://localhost:3000' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
      { tool: 'browser', cause: 'cors', url: 'https://api.example.com/v1' },
    ],
    ['Firefox', 'NS_ERROR_UNKNOWN_HOST', { tool: 'browser', code: 'NS_ERROR_UNKNOWN_HOST', cause: 'dns' }],
    ['Go', 'Get "https://a.io/x": dial tcp: lookup a.io: no such host', { tool: 'other', cause: 'dns' }],
    [
      'Java',
      'java.net.ConnectException: Connection refused (Connection refused)',
      { tool: 'other', cause: 'connection-refused' },
    ],
  ] as [string, string, Partial<TransportError>][])('%s', (_, text, expected) => {
    expect(find(text)).toMatchObject(expected);
  });

  it("calls a Python error HTTPie's when the command was http or https", () => {
    expect(find('[Errno 1] _ssl.c:503: certificate verify failed', 'http')).toMatchObject({
      tool: 'httpie',
      cause: 'tls',
    });
  });

  it.each([
    ['an HTTP body that mentions a failure', '{"message": "The upstream connection was refused by policy"}'],
    ['prose', 'We could not connect you to an agent. Please try again.'],
    ['a JSON body with a code', '{"code": "not_found", "message": "No such user"}'],
    ['a fetch failure with no reason', 'Something failed'],
  ])('finds nothing in %s', (_, text) => {
    expect(find(text)).toBeUndefined();
  });
});

describe('curl exit codes', () => {
  it.each([3, 5, 6, 7, 18, 28, 35, 47, 51, 52, 55, 56, 58, 60, 77, 92])(
    'names code %i with its meaning and cause',
    (code) => {
      const entry = CURL_EXIT_CODES[code];
      expect(entry?.name).toMatch(/^CURLE_[A-Z0-9_]+$/);
      expect(entry?.meaning.length).toBeGreaterThan(20);
      const message = `curl: (${code}) something`;
      expect(find(message)).toMatchObject({ tool: 'curl', code: String(code), cause: entry?.cause });
    },
  );

  it.each([
    [6, 'dns'],
    [7, 'connection-refused'],
    [28, 'timeout'],
    [35, 'tls'],
    [52, 'connection-reset'],
    [56, 'connection-reset'],
    [60, 'tls'],
    [77, 'tls'],
  ])('code %i is a %s failure', (code, cause) => {
    expect(CURL_EXIT_CODES[code]?.cause).toBe(cause);
  });

  it("reads curl -f's status from code 22", () => {
    expect(
      findCurlHttpError(transportLines('curl: (22) The requested URL returned error: 404 Not Found')),
    ).toEqual({
      status: 404,
      reason: 'Not Found',
      line: 1,
    });
  });
});
