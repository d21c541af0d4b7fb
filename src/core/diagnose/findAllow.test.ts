import { describe, it, expect } from 'vitest';
import { findAllow, parseAllow } from './findAllow';
import { makeContext } from './testExchange';

describe('parseAllow', () => {
  it.each([
    ['GET, HEAD', ['GET', 'HEAD']],
    [' GET ,POST,, OPTIONS ', ['GET', 'POST', 'OPTIONS']],
    ['', []],
  ])('%j', (value, methods) => {
    expect(parseAllow(value)).toEqual(methods);
  });
});

describe('findAllow', () => {
  it.each([
    ['405 names the refused method', 405, 'GET, HEAD', 'DELETE', 'warning', ['GET', 'HEAD'], 'not DELETE'],
    ['405 with an empty Allow', 405, '', 'POST', 'warning', [], 'disabled'],
    [
      '405 listing the method that was refused',
      405,
      'GET, POST',
      'POST',
      'warning',
      ['GET', 'POST'],
      'Oddly',
    ],
    [
      'OPTIONS answer',
      204,
      'GET, POST, OPTIONS',
      'OPTIONS',
      'info',
      ['GET', 'POST', 'OPTIONS'],
      'accepts GET, POST, OPTIONS',
    ],
  ])('%s', (_, status, allow, m, severity, methods, phrase) => {
    const [f] = findAllow(makeContext({ status, headers: [['Allow', allow]], request: { method: m } }));
    expect(f).toMatchObject({ id: 'allow', severity, data: { methods } });
    expect(f?.detail).toContain(phrase);
  });

  it('reports nothing without Allow', () => {
    expect(findAllow(makeContext({ status: 405 }))).toEqual([]);
  });
});
