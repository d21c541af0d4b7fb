import { describe, it, expect } from 'vitest';
import { numberOf, parseSfDictionary, parseSfItem, parseSfList, textOf } from './parseStructuredField';

describe('parseSfList', () => {
  it.each([
    ['"default";r=0;t=30', [{ name: 'default', params: { r: 0, t: 30 } }]],
    [
      '"burst";r=5;t=1, "daily";r=900;t=3600',
      [
        { name: 'burst', params: { r: 5, t: 1 } },
        { name: 'daily', params: { r: 900, t: 3600 } },
      ],
    ],
    ['"default";q=100;w=60', [{ name: 'default', params: { q: 100, w: 60 } }]],
    [
      '100;w=60, 1000;w=3600',
      [
        { name: 100, params: { w: 60 } },
        { name: 1000, params: { w: 3600 } },
      ],
    ],
    ['token;flag', [{ name: 'token', params: { flag: true } }]],
    ['"a \\"quoted\\" name";r=1.5', [{ name: 'a "quoted" name', params: { r: 1.5 } }]],
  ])('parses %j', (text, expected) => {
    const list = parseSfList(text);
    expect(list).toBeDefined();
    const simplified = list?.map((m) => ({
      name: m.kind === 'item' ? (m.value.type === 'integer' ? m.value.value : textOf(m.value)) : undefined,
      params: Object.fromEntries(
        [...m.params].map(([k, v]) => [k, v.type === 'boolean' ? v.value : numberOf(v)]),
      ),
    }));
    expect(simplified).toEqual(expected);
  });

  it.each([['"unterminated;r=0'], ['"a";r=0,'], ['"a";R=0'], ['"a" "b"'], ['1.2345'], ['1234567890123456']])(
    'rejects %j',
    (text) => {
      expect(parseSfList(text)).toBeUndefined();
    },
  );

  it('parses inner lists', () => {
    const list = parseSfList('(1 2);a=?0, x');
    expect(list?.[0]?.kind).toBe('inner-list');
    expect(list?.[0]?.kind === 'inner-list' && list[0].items.map((i) => numberOf(i.value))).toEqual([1, 2]);
  });
});

describe('parseSfDictionary', () => {
  it('reads the earlier RateLimit dictionary', () => {
    const dict = parseSfDictionary('limit=100, remaining=50, reset=5');
    const value = (k: string) => {
      const m = dict?.get(k);
      return m?.kind === 'item' ? numberOf(m.value) : undefined;
    };
    expect([value('limit'), value('remaining'), value('reset')]).toEqual([100, 50, 5]);
  });

  it('treats a bare key as true', () => {
    const m = parseSfDictionary('a, b=2')?.get('a');
    expect(m?.kind === 'item' && m.value).toEqual({ type: 'boolean', value: true });
  });
});

describe('parseSfItem', () => {
  it.each([
    ['@1688169599', { type: 'date', value: 1688169599 }],
    ['?1', { type: 'boolean', value: true }],
    [':aGVsbG8=:', { type: 'binary', value: 'aGVsbG8=' }],
    ['%"caf%c3%a9"', { type: 'display', value: 'café' }],
    ['-42', { type: 'integer', value: -42 }],
  ])('parses %j', (text, value) => {
    expect(parseSfItem(text)?.value).toEqual(value);
  });

  it.each([['@1.5'], ['true false'], ['']])('rejects %j', (text) => {
    expect(parseSfItem(text)).toBeUndefined();
  });
});
