import { describe, expect, it } from 'vitest';
import { getHeader, getHeaderValues, hasHeader, isJsonMediaType, parseMediaType } from './headers';

const headers = [
  { name: 'Set-Cookie', value: 'a=1' },
  { name: 'content-type', value: 'application/problem+json; charset="utf-8"' },
  { name: 'SET-COOKIE', value: 'b=2' },
  { name: 'Cache-Control', value: 'no-store' },
  { name: 'cache-control', value: 'private' },
];

describe('header lookup', () => {
  it.each([
    ['Set-Cookie', ['a=1', 'b=2']],
    ['set-cookie', ['a=1', 'b=2']],
    ['X-Missing', []],
  ])('getHeaderValues(%s)', (name, expected) => {
    expect(getHeaderValues(headers, name)).toEqual(expected);
  });

  it('joins repeated lines as a recipient would', () => {
    expect(getHeader(headers, 'CACHE-CONTROL')).toBe('no-store, private');
    expect(getHeader(headers, 'x-missing')).toBeUndefined();
    expect(hasHeader(headers, 'Content-Type')).toBe(true);
    expect(hasHeader(headers, 'Location')).toBe(false);
  });
});

describe('parseMediaType', () => {
  it.each([
    ['application/json', 'application/json', {}],
    ['Application/JSON; Charset=UTF-8', 'application/json', { charset: 'UTF-8' }],
    ['application/problem+json; charset="utf-8"', 'application/problem+json', { charset: 'utf-8' }],
  ])('%s', (value, essence, params) => {
    expect(parseMediaType(value)).toEqual({ essence, params });
  });

  it.each([[undefined], [''], ['json'], ['text /html']])('rejects %s', (value) => {
    expect(parseMediaType(value)).toBeUndefined();
  });

  it.each([
    ['application/json', true],
    ['text/json', true],
    ['application/vnd.api+json', true],
    ['text/html', false],
    ['application/jsonp', false],
  ])('isJsonMediaType(%s) = %s', (value, expected) => {
    expect(isJsonMediaType(parseMediaType(value))).toBe(expected);
  });
});
