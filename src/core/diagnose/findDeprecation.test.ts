import { describe, it, expect } from 'vitest';
import { findDeprecation, findLinkByRel, parseDeprecation } from './findDeprecation';
import { makeContext } from './testExchange';

describe('parseDeprecation', () => {
  it.each([
    ['@1688169599', 'structured-date', '2023-06-30T23:59:59.000Z'],
    ['true', 'legacy-true', undefined],
    ['Sun, 11 Nov 2029 23:59:59 GMT', 'legacy-http-date', '2029-11-11T23:59:59.000Z'],
  ])('%j', (value, form, iso) => {
    const parsed = parseDeprecation(value, 2026);
    expect(parsed?.form).toBe(form);
    expect(parsed?.date?.toISOString()).toBe(iso);
  });

  it.each([['yes'], ['@abc'], ['2023-06-30']])('rejects %j', (value) => {
    expect(parseDeprecation(value, 2026)).toBeUndefined();
  });
});

describe('findLinkByRel', () => {
  it.each([
    ['<https://d.example/dep>; rel="deprecation"; type="text/html"', 'deprecation', 'https://d.example/dep'],
    [
      '<https://a.example/next>; rel=next, <https://d.example/sunset>; rel="sunset"',
      'sunset',
      'https://d.example/sunset',
    ],
    ['<javascript:alert(1)>; rel="deprecation"', 'deprecation', undefined],
    ['<https://a.example/>; rel="alternate"', 'deprecation', undefined],
  ])('%j', (header, rel, url) => {
    expect(findLinkByRel(header, rel)).toBe(url);
  });
});

describe('findDeprecation', () => {
  it.each([
    [
      'past structured date',
      [['Deprecation', '@1688169599']],
      'deprecation',
      { deprecated: true, date: '2023-06-30T23:59:59.000Z' },
      'deprecated since 2023-06-30',
    ],
    [
      'future structured date',
      [['Deprecation', '@1798761600']],
      'deprecation',
      { deprecated: false, date: '2027-01-01T00:00:00.000Z' },
      'will be deprecated on 2027-01-01',
    ],
    [
      'legacy true',
      [['Deprecation', 'true']],
      'deprecation',
      { deprecated: true, form: 'legacy-true' },
      'pre-RFC 9745',
    ],
    [
      'future sunset',
      [['Sunset', 'Fri, 01 Jan 2027 00:00:00 GMT']],
      'sunset',
      { date: '2027-01-01T00:00:00.000Z', passed: false },
      'Migrate before then',
    ],
    ['past sunset', [['Sunset', 'Sat, 01 Mar 2025 00:00:00 GMT']], 'sunset', { passed: true }, '404 or 410'],
    [
      'with a documentation link',
      [
        ['Deprecation', '@1688169599'],
        ['Link', '<https://developer.example.com/deprecation>; rel="deprecation"'],
      ],
      'deprecation',
      { link: 'https://developer.example.com/deprecation' },
      'Migration notes',
    ],
  ] as [string, [string, string][], string, Record<string, unknown>, string][])(
    '%s',
    (_, headers, id, data, phrase) => {
      const [f] = findDeprecation(makeContext({ headers }));
      expect(f).toMatchObject({ id, severity: 'warning', data });
      expect(f?.detail).toContain(phrase);
    },
  );

  it.each([
    ['Deprecation', 'soon'],
    ['Sunset', 'next year'],
  ])('warns that %s %j is unreadable', (name, value) => {
    const [f] = findDeprecation(makeContext({ headers: [[name, value]] }));
    expect(f?.title).toMatch(/unreadable/);
  });
});
