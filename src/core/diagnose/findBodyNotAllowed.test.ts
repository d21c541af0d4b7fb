import { describe, it, expect } from 'vitest';
import { findBodyNotAllowed } from './findBodyNotAllowed';
import { makeContext, type ExchangeSpec } from './testExchange';

describe('findBodyNotAllowed', () => {
  it.each([
    ['204 with a body', { status: 204, body: '{"ok":true}' }, { status: 204, length: 11 }],
    ['205 with a body', { status: 205, body: 'x' }, { status: 205 }],
    ['304 with a body', { status: 304, body: '<html></html>' }, { status: 304 }],
    ['100 with a body', { status: 100, body: 'x' }, { status: 100 }],
    [
      'HEAD answered with a body',
      { status: 200, body: 'x', request: { method: 'HEAD' } },
      { method: 'HEAD' },
    ],
  ] as [string, ExchangeSpec, Record<string, unknown>][])('%s', (_, spec, data) => {
    const [f] = findBodyNotAllowed(makeContext(spec));
    expect(f).toMatchObject({ id: 'body-not-allowed', severity: 'warning', data });
  });

  it.each([
    ['204 without body', { status: 204 }],
    ['304 with only a line break', { status: 304, body: '\r\n' }],
    ['200 with a body', { status: 200, body: 'x' }],
    ['GET with a body', { status: 200, body: 'x', request: { method: 'GET' } }],
  ] as [string, ExchangeSpec][])('nothing for %s', (_, spec) => {
    expect(findBodyNotAllowed(makeContext(spec))).toEqual([]);
  });
});
