import { describe, expect, it } from 'vitest';
import { detectInput } from './detectInput';

describe('detectInput', () => {
  it.each([
    ['', { kind: 'empty' }],
    [' \r\n\t\n', { kind: 'empty' }],
    ['HTTP/1.1 200 OK', { kind: 'raw', start: 0, line: 1 }],
    ['\n\n  HTTP/2 404\n', { kind: 'raw', start: 2, line: 3 }],
    ['\ufeffHTTP/1.1 200 OK', { kind: 'raw', start: 1, line: 1 }],
    [':status: 500\ncontent-type: text/plain', { kind: 'raw', start: 0, line: 1 }],
    ['GET /x HTTP/1.1\nHost: a\n\nHTTP/1.1 200 OK', { kind: 'raw-request', start: 0, line: 1 }],
    ['*   Trying 1.2.3.4:443...\n* Connected to a (1.2.3.4) port 443', { kind: 'curl-verbose' }],
    ['> GET / HTTP/1.1\n> Host: a\n>\n< HTTP/1.1 200 OK', { kind: 'curl-verbose' }],
    [
      'Note: Unnecessary use of -X or --request, POST is already inferred.\n* Host a:443 was resolved.',
      { kind: 'curl-verbose' },
    ],
    ['{"log": {"version": "1.2", "entries": []}}', { kind: 'har-candidate' }],
    ['\ufeff{\n  "log": {}}', { kind: 'har-candidate' }],
    ['{"error": "not found"}', { kind: 'body-only' }],
    ['[1, 2]', { kind: 'body-only' }],
    ['<!DOCTYPE html><html>502 Bad Gateway</html>', { kind: 'body-only' }],
    ['Internal Server Error', { kind: 'body-only' }],
    ['* a markdown list\n* with items', { kind: 'body-only' }],
  ])('%j', (text, expected) => {
    expect(detectInput(text)).toEqual(expected);
  });

  it.each([
    ['HTTP/1.1 abc', 1, 'not a status code'],
    ['\n\nHTP/1.1 200 OK', 3, 'not a protocol name'],
    ['\u0000\u0001\u0002PNG', undefined, 'binary'],
    ['\ufffd\ufffd\ufffdab\ufffd', undefined, 'binary'],
  ])('%j is unrecognized', (text, line, message) => {
    const detected = detectInput(text);
    expect(detected).toMatchObject({ kind: 'unrecognized', message: expect.stringContaining(message) });
    if (detected.kind === 'unrecognized') {
      expect(detected.line).toBe(line);
      expect(detected.message).toContain('HTTP/1.1 404 Not Found');
    }
  });

  it('hints when headers come without a status line', () => {
    expect(detectInput('content-type: application/json\ndate: Tue, 24 Nov 2026 10:00:00 GMT')).toMatchObject({
      kind: 'body-only',
      hint: expect.stringContaining('no status line'),
    });
  });
});
