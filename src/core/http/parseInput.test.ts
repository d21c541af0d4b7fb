import { describe, expect, it } from 'vitest';
import type { HttpResponse, ParsedInput, Problem } from '../types';
import { parseInput } from './parseInput';

const crlf = (...lines: string[]) => lines.join('\r\n');
const lf = (...lines: string[]) => lines.join('\n');

function final(parsed: ParsedInput): HttpResponse | undefined {
  return parsed.exchanges.at(-1)?.response;
}

function headerPairs(response: HttpResponse | undefined): string[][] {
  return (response?.headers ?? []).map((h) => [h.name, h.value]);
}

function warnings(parsed: ParsedInput): Problem[] {
  return parsed.problems.filter((p) => p.severity !== 'info');
}

describe('parseInput: raw responses', () => {
  const json = '{"error":"not_found","message":"No user 42"}';
  it.each([
    ['LF line ends', lf('HTTP/1.1 404 Not Found', 'Content-Type: application/json', '', json)],
    ['CRLF line ends', crlf('HTTP/1.1 404 Not Found', 'Content-Type: application/json', '', json)],
    ['mixed line ends', 'HTTP/1.1 404 Not Found\r\nContent-Type: application/json\n\r\n' + json],
    [
      'leading blank lines and indentation',
      `\n\n   HTTP/1.1 404 Not Found\n   Content-Type: application/json\n\n${json}`,
    ],
    ['a UTF-8 BOM', `\ufeffHTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n\r\n${json}`],
  ])('%s', (_name, input) => {
    const parsed = parseInput(input);
    expect(parsed.kind).toBe('raw');
    expect(parsed.exchanges).toHaveLength(1);
    expect(final(parsed)).toEqual({
      httpVersion: 'HTTP/1.1',
      status: 404,
      reason: 'Not Found',
      headers: [{ name: 'Content-Type', value: 'application/json' }],
      body: json,
    });
    expect(parsed.problems).toEqual([]);
  });

  it.each([
    ['HTTP/1.0 200 OK', 'HTTP/1.0', 200, 'OK'],
    ['HTTP/1.1 404', 'HTTP/1.1', 404, ''],
    ['HTTP/2 429', 'HTTP/2', 429, ''],
    ['HTTP/2 429 ', 'HTTP/2', 429, ''],
    ['HTTP/2.0 200', 'HTTP/2.0', 200, ''],
    ['HTTP/3 503', 'HTTP/3', 503, ''],
    ['HTTP/3 503 Service Unavailable', 'HTTP/3', 503, 'Service Unavailable'],
  ])('status line %j', (statusLine, httpVersion, status, reason) => {
    const parsed = parseInput(crlf(statusLine, 'retry-after: 30', '', ''));
    expect(final(parsed)).toMatchObject({ httpVersion, status, reason, body: '' });
    expect(headerPairs(final(parsed))).toEqual([['retry-after', '30']]);
  });

  it('keeps the body exactly as written, CRLFs and trailing blank lines included', () => {
    const body = '  {\r\n    "a": 1\r\n  }\r\n\r\n';
    expect(final(parseInput(crlf('HTTP/1.1 500 Internal Server Error', 'X: 1', '', body)))?.body).toBe(body);
  });

  it('keeps header names as written and repeated headers in order', () => {
    const parsed = parseInput(
      crlf(
        'HTTP/1.1 200 OK',
        'set-cookie: a=1; Path=/',
        'X-Trace: t',
        'Set-Cookie: b=2; HttpOnly',
        'SET-COOKIE: c=3',
        '',
        '',
      ),
    );
    expect(headerPairs(final(parsed))).toEqual([
      ['set-cookie', 'a=1; Path=/'],
      ['X-Trace', 't'],
      ['Set-Cookie', 'b=2; HttpOnly'],
      ['SET-COOKIE', 'c=3'],
    ]);
  });

  it('joins folded header lines with one space and says where', () => {
    const parsed = parseInput(crlf('HTTP/1.1 200 OK', 'X-Long: a,', '   b,', '\tc', 'Y: 2', '', ''));
    expect(headerPairs(final(parsed))).toEqual([
      ['X-Long', 'a, b, c'],
      ['Y', '2'],
    ]);
    expect(parsed.problems.map((p) => [p.severity, p.line])).toEqual([
      ['warning', 3],
      ['warning', 4],
    ]);
  });

  it('folds lines indented beyond the paste indentation only', () => {
    const parsed = parseInput('    HTTP/1.1 200 OK\n    A: 1\n      more\n    B: 2\n\n    body');
    expect(headerPairs(final(parsed))).toEqual([
      ['A', '1 more'],
      ['B', '2'],
    ]);
    expect(final(parsed)?.body).toBe('    body');
  });

  it('skips a header line without a colon and gives its line number', () => {
    const parsed = parseInput(
      lf('', 'HTTP/1.1 400 Bad Request', 'Content-Type: text/plain', 'oops no colon', 'X: 1', '', 'bad'),
    );
    expect(headerPairs(final(parsed))).toEqual([
      ['Content-Type', 'text/plain'],
      ['X', '1'],
    ]);
    expect(parsed.problems).toEqual([expect.objectContaining({ severity: 'warning', line: 4 })]);
  });

  it.each([
    ['no line end at all', 'HTTP/1.1 204 No Content\r\nX-Id: 1'],
    ['no empty line', 'HTTP/1.1 204 No Content\r\nX-Id: 1\r\n'],
    ['an empty line', 'HTTP/1.1 204 No Content\r\nX-Id: 1\r\n\r\n'],
  ])('reads headers without a body: %s', (_name, input) => {
    const parsed = parseInput(input);
    expect(final(parsed)).toMatchObject({ status: 204, body: '', headers: [{ name: 'X-Id', value: '1' }] });
    expect(parsed.problems).toEqual([]);
  });

  it('takes a body that starts without an empty line, with a warning', () => {
    const parsed = parseInput(
      lf('HTTP/1.1 422 Unprocessable Content', 'Content-Type: application/json', '{"errors":[]}'),
    );
    expect(final(parsed)?.body).toBe('{"errors":[]}');
    expect(parsed.problems).toEqual([expect.objectContaining({ severity: 'warning', line: 3 })]);
  });

  it('treats a line ended by a lone CR as a line break, with a warning', () => {
    const parsed = parseInput('HTTP/1.1 200 OK\r\nA: 1\rB: 2\r\n\r\n');
    expect(headerPairs(final(parsed))).toEqual([
      ['A', '1'],
      ['B', '2'],
    ]);
    expect(warnings(parsed)).toHaveLength(1);
  });
});

describe('parseInput: several responses in one paste', () => {
  it.each([
    [
      '100 Continue then the answer',
      crlf('HTTP/1.1 100 Continue', '', 'HTTP/1.1 201 Created', 'Location: /items/7', '', '{"id":7}'),
      [100, 201],
    ],
    [
      '103 Early Hints then the answer',
      crlf(
        'HTTP/2 103',
        'link: </app.css>; rel=preload; as=style',
        '',
        'HTTP/2 200',
        'content-type: text/html',
        '',
        '<html></html>',
      ),
      [103, 200],
    ],
    [
      'a proxy tunnel then the answer',
      crlf(
        'HTTP/1.1 200 Connection established',
        '',
        'HTTP/2 404',
        'content-type: application/json',
        '',
        '{"error":"nope"}',
      ),
      [200, 404],
    ],
    [
      'curl -iL through 301 and 302',
      lf(
        'HTTP/1.1 301 Moved Permanently',
        'Location: https://example.com/a',
        'Content-Length: 162',
        '',
        'HTTP/1.1 302 Found',
        'Location: /b',
        '',
        'HTTP/2 200 ',
        'content-type: application/json',
        '',
        '{"ok":true}',
      ),
      [301, 302, 200],
    ],
    [
      'a 401 challenge answered by a retry',
      crlf(
        'HTTP/1.1 401 Unauthorized',
        'WWW-Authenticate: Digest realm="api"',
        'Content-Length: 0',
        '',
        'HTTP/1.1 200 OK',
        '',
        'ok',
      ),
      [401, 200],
    ],
    [
      'a redirect with a short body before the next response',
      lf(
        'HTTP/1.1 302 Found',
        'Location: /next',
        '',
        '<a href="/next">Found</a>',
        '',
        'HTTP/1.1 200 OK',
        '',
        'done',
      ),
      [302, 200],
    ],
    [
      'pipelined responses split by Content-Length',
      crlf(
        'HTTP/1.1 200 OK',
        'Content-Length: 3',
        '',
        'AAAHTTP/1.1 201 Created',
        'Content-Length: 4',
        '',
        'BBBB',
      ),
      [200, 201],
    ],
    [
      'a 204 followed directly by another response',
      crlf('HTTP/1.1 204 No Content', '', 'HTTP/1.1 200 OK', '', 'x'),
      [204, 200],
    ],
  ])('%s', (_name, input, statuses) => {
    const parsed = parseInput(input);
    expect(parsed.kind).toBe('raw');
    expect(parsed.exchanges.map((e) => e.response.status)).toEqual(statuses);
    expect(warnings(parsed)).toEqual([]);
  });

  it('keeps each response of a redirect chain with its own headers and the last body', () => {
    const parsed = parseInput(
      lf(
        'HTTP/1.1 301 Moved Permanently',
        'Location: /a',
        '',
        'HTTP/1.1 302 Found',
        'Location: /b',
        '',
        'HTTP/1.1 404 Not Found',
        '',
        'gone',
      ),
    );
    expect(parsed.exchanges.map((e) => [e.response.headers[0]?.value, e.response.body, e.label])).toEqual([
      ['/a', '', 'HTTP/1.1 301 Moved Permanently'],
      ['/b', '', 'HTTP/1.1 302 Found'],
      [undefined, 'gone', 'HTTP/1.1 404 Not Found'],
    ]);
  });

  it.each([
    ['a 200 whose body mentions a status line', lf('HTTP/1.1 200 OK', '', 'log:', 'HTTP/1.1 200 OK', 'done')],
    ['a 200 whose body starts with a status line', lf('HTTP/1.1 200 OK', '', 'HTTP/1.1 200 OK')],
    [
      'a redirect whose long body mentions one far down',
      lf('HTTP/1.1 301 Moved', 'Location: /x', '', 'x'.repeat(5000), 'HTTP/1.1 200 OK'),
    ],
  ])('keeps status-line text in the body: %s', (_name, input) => {
    const parsed = parseInput(input);
    expect(parsed.exchanges).toHaveLength(1);
    expect(final(parsed)?.body).toContain('HTTP/1.1 200 OK');
  });

  it('gives a pasted request to the response that answers it', () => {
    const parsed = parseInput(
      crlf(
        'POST /orders HTTP/1.1',
        'Host: api.example.com',
        'Expect: 100-continue',
        '',
        '{"qty":1}',
        '',
        'HTTP/1.1 100 Continue',
        '',
        'HTTP/1.1 503 Service Unavailable',
        'Retry-After: 10',
        '',
        '',
      ),
    );
    expect(parsed.kind).toBe('raw');
    expect(parsed.exchanges.map((e) => [e.request?.method, e.request?.body, e.response.status])).toEqual([
      ['POST', '{"qty":1}', 100],
      ['POST', '{"qty":1}', 503],
    ]);
    expect(parsed.exchanges[0]?.request?.headers).toContainEqual({ name: 'Host', value: 'api.example.com' });
  });

  it('gives no body to the response to a pasted HEAD request', () => {
    const parsed = parseInput(
      lf('HEAD /file HTTP/1.1', 'Host: a', '', 'HTTP/1.1 200 OK', 'Content-Length: 5000', '', ''),
    );
    expect(final(parsed)?.body).toBe('');
    expect(parsed.problems).toEqual([]);
  });
});

describe('parseInput: body framing', () => {
  it('decodes a chunked body, ignoring extensions and adding trailers to the headers', () => {
    const parsed = parseInput(
      crlf(
        'HTTP/1.1 200 OK',
        'Transfer-Encoding: chunked',
        'Trailer: X-Checksum',
        '',
        '5;name=val',
        'hello',
        '6;q="a;b"',
        ' world',
        '0',
        'X-Checksum: 42',
        '',
        '',
      ),
    );
    expect(final(parsed)?.body).toBe('hello world');
    expect(headerPairs(final(parsed)).at(-1)).toEqual(['X-Checksum', '42']);
    expect(parsed.problems).toEqual([
      expect.objectContaining({ severity: 'info', line: 10, message: expect.stringContaining('X-Checksum') }),
    ]);
  });

  it('decodes chunks of a paste whose CRLFs became LFs', () => {
    const parsed = parseInput(
      lf('HTTP/1.1 200 OK', 'Transfer-Encoding: chunked', '', 'b', '{"a":', '"b"}', '0', '', ''),
    );
    expect(final(parsed)?.body).toBe('{"a":\n"b"}');
  });

  it.each([
    ['JSON', '{"ok":true}'],
    ['text starting with a hex-looking word', 'deadbeef is not a chunk size\n'],
    ['a number', '42'],
  ])('keeps a body curl already decoded, silently: %s', (_name, body) => {
    const parsed = parseInput(crlf('HTTP/1.1 200 OK', 'Transfer-Encoding: chunked', '', body));
    expect(final(parsed)?.body).toBe(body);
    expect(parsed.problems).toEqual([]);
  });

  it('keeps a truncated chunked body raw, with a warning', () => {
    const body = '5\r\nhello\r\n20\r\ncut off he';
    const parsed = parseInput(crlf('HTTP/1.1 200 OK', 'Transfer-Encoding: chunked', '', body));
    expect(final(parsed)?.body).toBe(body);
    expect(parsed.problems).toEqual([expect.objectContaining({ severity: 'warning', line: 6 })]);
  });

  it.each([
    ['longer', 'Content-Length: 4', 'hello world', ['4', '11']],
    ['shorter', 'Content-Length: 100', 'hello', ['100', '5']],
    ['longer in UTF-8 bytes', 'Content-Length: 5', 'héllo', ['5', '6']],
  ])('warns when the body is %s than Content-Length, never cutting it', (_name, header, body, numbers) => {
    const parsed = parseInput(crlf('HTTP/1.1 200 OK', header, '', body));
    expect(final(parsed)?.body).toBe(body);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ severity: 'warning', line: 2 });
    for (const n of numbers) expect(parsed.problems[0]?.message).toContain(n);
  });

  it.each([
    ['exact bytes', crlf('HTTP/1.1 200 OK', 'Content-Length: 6', '', 'héllo')],
    ['CRLFs turned into LFs', lf('HTTP/1.1 200 OK', 'Content-Length: 8', '', 'ab', 'cd', '')],
    [
      'a decoded gzip body',
      crlf('HTTP/1.1 200 OK', 'Content-Encoding: gzip', 'Content-Length: 3', '', 'longer than three'),
    ],
    ['a 304', crlf('HTTP/1.1 304 Not Modified', 'Content-Length: 500', '', '')],
    ['a 1xx', crlf('HTTP/1.1 100 Continue', 'Content-Length: 5', '', '')],
  ])('says nothing about Content-Length for %s', (_name, input) => {
    expect(parseInput(input).problems).toEqual([]);
  });

  it.each([
    ['204', 'HTTP/1.1 204 No Content'],
    ['304', 'HTTP/1.1 304 Not Modified'],
  ])('shows text after a %s as its body, with a warning', (_code, statusLine) => {
    const parsed = parseInput(crlf(statusLine, '', 'unexpected'));
    expect(final(parsed)?.body).toBe('unexpected');
    expect(warnings(parsed)).toHaveLength(1);
  });

  it('sets aside what follows a 101 Switching Protocols', () => {
    const parsed = parseInput(
      crlf('HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket', '', '\u0081\u0005hello'),
    );
    expect(final(parsed)?.body).toBe('');
    expect(parsed.problems).toEqual([expect.objectContaining({ severity: 'info' })]);
  });
});

describe('parseInput: other forms', () => {
  it.each([
    ['a JSON object', '{"error":{"code":"rate_limited"}}'],
    ['a JSON array', '  [1, 2, 3]\n'],
    ['plain text', 'Internal Server Error'],
    ['an HTML page', '<!DOCTYPE html>\n<html><body><h1>502 Bad Gateway</h1></body></html>'],
    ['JSON with a "log" key that is not a HAR file', '{"log": "disk full"}'],
  ])('reads %s as a bare body, exactly as pasted', (_name, input) => {
    expect(parseInput(input)).toEqual({ kind: 'body-only', exchanges: [], body: input, problems: [] });
  });

  it.each([[''], ['   '], ['\n\r\n\t\n']])('reads %j as empty', (input) => {
    expect(parseInput(input)).toEqual({ kind: 'empty', exchanges: [], problems: [] });
  });

  it.each([
    ['a malformed status line', '\n\nHTTP/1.1 abc\nX: 1', 3, '"abc"'],
    ['a bad version', 'HTTP/1.x 200 OK', 1, 'HTTP/1.x'],
    ['a request without a response', 'GET /users HTTP/1.1\nHost: example.com\n\n', 1, 'no response'],
    ['binary data', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', undefined, 'binary'],
    ['a broken HAR file', '{"log": {"entries": [', undefined, 'not valid JSON'],
  ])('reports %s as unrecognized, saying what was expected and where', (_name, input, line, text) => {
    const parsed = parseInput(input);
    expect(parsed.kind).toBe('unrecognized');
    expect(parsed.exchanges).toEqual([]);
    const error = parsed.problems.find((p) => p.severity === 'error');
    expect(error?.line).toBe(line);
    expect(error?.message).toContain(text);
  });

  it('explains what to expect in the error for an unreadable status line', () => {
    expect(parseInput('HTTP/1.1 2 OK').problems[0]?.message).toContain(
      'Expected a status line like `HTTP/1.1 404 Not Found`, curl -v output, a HAR file or a JSON body.',
    );
  });
});
