import { describe, it, expect } from 'vitest';
import { findConsistency } from './findConsistency';
import { makeContext, type ExchangeSpec } from './testExchange';

describe('findConsistency', () => {
  it.each([
    ['401 without challenge', { status: 401 }, ['missing-header']],
    ['204 with a body', { status: 204, body: 'x' }, ['body-not-allowed']],
    [
      'proxy HTML page declared JSON',
      {
        status: 502,
        headers: [
          ['Content-Type', 'application/json'],
          ['Server', 'nginx'],
        ],
        body: '<html><title>502</title></html>',
      },
      ['content-type-mismatch', 'proxy-error-page'],
    ],
    [
      'problem with another status',
      {
        status: 500,
        headers: [['Content-Type', 'application/problem+json']],
        body: '{"title":"x","status":503}',
      },
      ['problem-status-mismatch'],
    ],
    ['a consistent 200', { status: 200, headers: [['Content-Type', 'application/json']], body: '{}' }, []],
  ] as [string, ExchangeSpec, string[]][])('%s', (_, spec, ids) => {
    expect(findConsistency(makeContext(spec)).map((f) => f.id)).toEqual(ids);
  });
});
