import { describe, expect, it } from 'vitest';
import { isStatusLineAt, statusLineAfterBlankLines, statusLineWithin } from './findStatusLine';

describe('isStatusLineAt', () => {
  it.each([
    ['HTTP/1.1 200 OK\r\n', 0, true],
    ['xxHTTP/2 404', 2, true],
    ['HTTP/1.1 abc\n', 0, false],
    ['Hello', 0, false],
    [`HTTP/1.1 200 ${'x'.repeat(3000)}\n`, 0, false],
  ])('%j at %i: %s', (text, at, expected) => {
    expect(isStatusLineAt(text, at)).toBe(expected);
  });
});

describe('statusLineAfterBlankLines', () => {
  it.each([
    ['\r\n\r\nHTTP/1.1 200 OK', 0, { pos: 4, line: 12 }],
    ['HTTP/2 200', 0, { pos: 0, line: 10 }],
    ['\n  HTTP/1.1 200 OK', 0, { pos: 1, line: 11 }],
    ['body\nHTTP/1.1 200 OK', 0, undefined],
    ['\n\n', 0, undefined],
  ])('%j', (text, from, expected) => {
    expect(statusLineAfterBlankLines(text, from, 10)).toEqual(expected);
  });
});

describe('statusLineWithin', () => {
  it.each([
    ['<p>moved</p>\r\n\r\nHTTP/1.1 200 OK\r\n', 100, { pos: 16, line: 3 }],
    ['text HTTP/1.1 200 OK\n', 100, undefined],
    ['0123456789\nHTTP/1.1 200 OK', 5, undefined],
  ])('%j within %i', (text, limit, expected) => {
    expect(statusLineWithin(text, 0, limit, 1)).toEqual(expected);
  });
});
