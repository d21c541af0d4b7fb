import { describe, it, expect } from 'vitest';
import { findContentRange, parseContentRange } from './findContentRange';
import { makeContext } from './testExchange';

describe('parseContentRange', () => {
  it.each([
    ['bytes 0-99/1234', { unit: 'bytes', start: 0, end: 99, size: 1234 }],
    ['bytes 1134-1233/1234', { unit: 'bytes', start: 1134, end: 1233, size: 1234 }],
    ['bytes 0-99/*', { unit: 'bytes', start: 0, end: 99, size: null }],
    ['bytes */1234', { unit: 'bytes', start: null, end: null, size: 1234 }],
    ['items 0-24/100', { unit: 'items', start: 0, end: 24, size: 100 }],
  ])('%j', (value, range) => {
    expect(parseContentRange(value)).toEqual(range);
  });

  it.each([
    ['bytes 99-0/1234'],
    ['bytes 0-1234/1234'],
    ['bytes */*'],
    ['0-99/1234'],
    ['bytes=0-99/1234'],
    [''],
  ])('rejects %j', (value) => {
    expect(parseContentRange(value)).toBeUndefined();
  });
});

describe('findContentRange', () => {
  it.each([
    [
      '206 part',
      206,
      'bytes 0-99/1234',
      'info',
      { unit: 'bytes', start: 0, end: 99, size: 1234 },
      'request from 100 next',
    ],
    ['206 last part', 206, 'bytes 1134-1233/1234', 'info', { start: 1134, end: 1233 }, 'reaches the end'],
    [
      '416 unsatisfied',
      416,
      'bytes */1234',
      'warning',
      { start: null, end: null, size: 1234 },
      '1,234 bytes',
    ],
    ['malformed', 206, 'bytes 5-1/10', 'warning', { value: 'bytes 5-1/10' }, 'does not read'],
  ])('%s', (_, status, value, severity, data, phrase) => {
    const [f] = findContentRange(makeContext({ status, headers: [['Content-Range', value]] }));
    expect(f).toMatchObject({ id: 'content-range', severity, data });
    expect(f?.detail).toContain(phrase);
  });

  it('quotes the Range that was asked for on 416', () => {
    const [f] = findContentRange(
      makeContext({
        status: 416,
        headers: [['Content-Range', 'bytes */100']],
        request: { headers: [['Range', 'bytes=500-']] },
      }),
    );
    expect(f?.detail).toContain('bytes=500-');
  });
});
