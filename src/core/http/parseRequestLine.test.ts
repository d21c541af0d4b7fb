import { describe, expect, it } from 'vitest';
import { parseRequestLine } from './parseRequestLine';

describe('parseRequestLine', () => {
  it.each([
    ['GET /users?page=2 HTTP/1.1', { method: 'GET', target: '/users?page=2', httpVersion: 'HTTP/1.1' }],
    [
      'POST https://api.example.com/v1/orders HTTP/2',
      { method: 'POST', target: 'https://api.example.com/v1/orders', httpVersion: 'HTTP/2' },
    ],
    [
      'CONNECT api.example.com:443 HTTP/1.1',
      { method: 'CONNECT', target: 'api.example.com:443', httpVersion: 'HTTP/1.1' },
    ],
  ])('reads %j', (line, expected) => {
    expect(parseRequestLine(line)).toEqual(expected);
  });

  it.each([['GET /x'], ['HTTP/1.1 200 OK'], ['GET /a b HTTP/1.1'], ['Hello world HTTP'], ['{"a": 1}']])(
    'rejects %j',
    (line) => {
      expect(parseRequestLine(line)).toBeUndefined();
    },
  );
});
