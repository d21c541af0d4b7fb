import { describe, expect, it } from 'vitest';
import { parseStatusLine } from './parseStatusLine';

describe('parseStatusLine', () => {
  it.each([
    ['HTTP/1.1 404 Not Found', 'HTTP/1.1', 404, 'Not Found'],
    ['HTTP/1.0 200 OK', 'HTTP/1.0', 200, 'OK'],
    ['HTTP/2 429', 'HTTP/2', 429, ''],
    ['HTTP/2 404 ', 'HTTP/2', 404, ''],
    ['HTTP/2.0 200', 'HTTP/2.0', 200, ''],
    ['HTTP/3 503 Service Unavailable', 'HTTP/3', 503, 'Service Unavailable'],
    ['HTTP/1.1 200  OK', 'HTTP/1.1', 200, ' OK'],
    ['HTTP/1.1 500 Oriëntatieprobleem', 'HTTP/1.1', 500, 'Oriëntatieprobleem'],
    [':status: 502', 'HTTP/2', 502, ''],
  ])('reads %j', (line, httpVersion, status, reason) => {
    expect(parseStatusLine(line)).toMatchObject({ ok: true, httpVersion, status, reason });
  });

  it.each([
    ['HTTP/1.1\t200 OK', 'warning', 'exactly one space'],
    ['HTTP/1.1  200 OK', 'warning', 'exactly one space'],
    ['HTTP/5.6 200 OK', 'warning', 'HTTP/5.6'],
    ['RTSP/1.0 200 OK', 'info', 'RTSP'],
  ])('accepts %j with a %s', (line, severity, text) => {
    const result = parseStatusLine(line);
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(result.notes).toEqual([
      expect.objectContaining({ severity, message: expect.stringContaining(text) }),
    ]);
  });

  it.each([
    ['HTTP/1.1 abc', '"abc"'],
    ['HTTP/1.1 2 OK', '"2"'],
    ['HTTP/1.1 2000 OK', '"2000"'],
    ['HTTP/1.1', 'no status code'],
    ['HTTP/01.1 200 OK', 'HTTP/01.1'],
    ['HTTP/1.01 200 OK', 'HTTP/1.01'],
    ['HTP/1.1 200 OK', '"HTP/"'],
    ['HTTPER/1.1 200 OK', '"HTTPER/"'],
    [':status: OK', '"OK"'],
  ])('rejects %j, saying what is wrong', (line, text) => {
    const result = parseStatusLine(line);
    expect(result?.ok).toBe(false);
    if (result?.ok !== false) return;
    expect(result.message).toContain(text);
  });

  it.each([
    ['{"status": 404}'],
    ['Internal Server Error'],
    ['TCP/IP is down'],
    ['GET / HTTP/1.1'],
    ['HTTP/1.1 200 ' + 'x'.repeat(5000)],
  ])('ignores %j, which is not a status line', (line) => {
    expect(parseStatusLine(line)).toBeUndefined();
  });
});
