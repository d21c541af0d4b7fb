import { describe, it, expect } from 'vitest';
import { parseHttpDate } from './parseHttpDate';

describe('parseHttpDate', () => {
  it.each([
    ['Sun, 06 Nov 1994 08:49:37 GMT', '1994-11-06T08:49:37.000Z', 'imf-fixdate'],
    ['Tue, 24 Mar 2026 12:00:30 GMT', '2026-03-24T12:00:30.000Z', 'imf-fixdate'],
    ['sun, 06 nov 1994 08:49:37 gmt', '1994-11-06T08:49:37.000Z', 'imf-fixdate'],
    ['Sunday, 06-Nov-94 08:49:37 GMT', '1994-11-06T08:49:37.000Z', 'rfc850'],
    ['Tuesday, 24-Mar-26 12:00:30 GMT', '2026-03-24T12:00:30.000Z', 'rfc850'],
    ['Sun Nov  6 08:49:37 1994', '1994-11-06T08:49:37.000Z', 'asctime'],
    ['Sun Nov 6 08:49:37 1994', '1994-11-06T08:49:37.000Z', 'asctime'],
    ['Tue Mar 24 12:00:30 2026', '2026-03-24T12:00:30.000Z', 'asctime'],
    ['  Sun, 06 Nov 1994 08:49:37 GMT  ', '1994-11-06T08:49:37.000Z', 'imf-fixdate'],
  ])('reads %j', (value, iso, form) => {
    const parsed = parseHttpDate(value, 2026);
    expect(parsed?.date.toISOString()).toBe(iso);
    expect(parsed?.form).toBe(form);
  });

  it.each([
    [
      'two-digit year more than 50 years ahead → previous century',
      'Friday, 01-Jan-99 00:00:00 GMT',
      2026,
      1999,
    ],
    ['two-digit year within 50 years → this century', 'Monday, 01-Jan-70 00:00:00 GMT', 2026, 2070],
    ['two-digit year in the past → this century', 'Saturday, 01-Jan-00 00:00:00 GMT', 2026, 2000],
  ])('%s', (_, value, ref, year) => {
    expect(parseHttpDate(value, ref)?.date.getUTCFullYear()).toBe(year);
  });

  it.each([
    [''],
    ['30'],
    ['2026-03-24T12:00:00Z'],
    ['Tue, 31 Feb 2026 12:00:00 GMT'],
    ['Tue, 24 Foo 2026 12:00:00 GMT'],
    ['Tue, 24 Mar 2026 25:00:00 GMT'],
    ['Tue, 24 Mar 2026 12:00:00 PST'],
    ['Tue, 24 Mar 26 12:00:00 GMT'],
  ])('rejects %j', (value) => {
    expect(parseHttpDate(value, 2026)).toBeUndefined();
  });

  it('keeps years below 100 as written in four-digit forms', () => {
    expect(parseHttpDate('Sat, 01 Jan 0050 00:00:00 GMT')?.date.getUTCFullYear()).toBe(50);
  });
});
