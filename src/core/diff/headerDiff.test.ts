import { describe, it, expect } from 'vitest';
import type { Header, HeaderChange } from '../types';
import { DEFAULT_IGNORED_HEADERS, diffHeaders } from './headerDiff';

const h = (name: string, value: string): Header => ({ name, value });

describe('diffHeaders', () => {
  it.each<[string, Header[], Header[], string, HeaderChange]>([
    [
      'same value, other name case',
      [h('Content-Type', 'a/b')],
      [h('content-type', 'a/b')],
      'Content-Type',
      'unchanged',
    ],
    ['value differs', [h('Content-Type', 'a/b')], [h('CONTENT-TYPE', 'a/c')], 'Content-Type', 'changed'],
    ['only in A', [h('X-Thing', '1')], [], 'X-Thing', 'removed'],
    ['only in B, named as B writes it', [], [h('x-THING', '1')], 'x-THING', 'added'],
    [
      'repeated lines in another order',
      [h('Set-Cookie', 'a=1'), h('Set-Cookie', 'b=2')],
      [h('set-cookie', 'b=2'), h('Set-Cookie', 'a=1')],
      'Set-Cookie',
      'unchanged',
    ],
    [
      'repeated lines with one value replaced',
      [h('Set-Cookie', 'a=1'), h('Set-Cookie', 'b=2')],
      [h('Set-Cookie', 'a=1'), h('Set-Cookie', 'c=3')],
      'Set-Cookie',
      'changed',
    ],
    [
      'same values but one repeated twice',
      [h('Vary', 'Origin'), h('Vary', 'Origin')],
      [h('Vary', 'Origin')],
      'Vary',
      'changed',
    ],
    ['surrounding spaces do not count', [h('Allow', ' GET ')], [h('Allow', 'GET')], 'Allow', 'unchanged'],
  ])('%s', (_label, a, b, name, change) => {
    const diff = diffHeaders(a, b);
    expect(diff).toHaveLength(1);
    expect(diff[0]).toMatchObject({ name, change });
  });

  it('ignores header order and lists A names before B-only names', () => {
    const a = [h('A', '1'), h('B', '2'), h('C', '3')];
    const b = [h('D', '4'), h('C', '3'), h('A', '1'), h('B', '2')];
    expect(diffHeaders(a, b).map((d) => [d.name, d.change])).toEqual([
      ['A', 'unchanged'],
      ['B', 'unchanged'],
      ['C', 'unchanged'],
      ['D', 'added'],
    ]);
  });

  it.each([
    ['Date', true],
    ['x-request-id', true],
    ['CF-RAY', true],
    ['Traceparent', true],
    ['Set-Cookie', false],
    ['Content-Length', false],
    ['Via', false],
  ])('default list flags %s as ignored: %s', (name, ignored) => {
    const [entry] = diffHeaders([h(name, 'one')], [h(name, 'two')]);
    expect(entry?.ignored).toBe(ignored);
    expect(entry?.change).toBe('changed');
  });

  it('a custom list replaces the defaults', () => {
    const a = [h('Date', 'Mon'), h('X-Build', '1')];
    const b = [h('Date', 'Tue'), h('X-Build', '2')];
    const diff = diffHeaders(a, b, ['x-build']);
    expect(diff.map((d) => [d.name, d.ignored])).toEqual([
      ['Date', false],
      ['X-Build', true],
    ]);
  });

  it('the default list is a list of distinct names', () => {
    const lower = DEFAULT_IGNORED_HEADERS.map((n) => n.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });

  it.each([
    ['Content-Type', 'application/json', 'text/html', /media type/],
    ['Access-Control-Allow-Origin', '*', 'https://a.example', /CORS/],
    ['Cache-Control', 'no-store', 'max-age=60', /cach/i],
    ['Vary', 'Origin', 'Accept', /cach/i],
    ['WWW-Authenticate', 'Bearer', 'Basic', /authentication/],
    ['Stripe-Version', '2024-01-01', '2020-08-27', /API version/],
    ['Content-Encoding', 'gzip', 'br', /encoding/],
    ['Server', 'nginx', 'envoy', /server or proxy/],
    ['Content-Length', '10', '12', /body/],
  ])('notes a %s difference', (name, va, vb, pattern) => {
    const [entry] = diffHeaders([h(name, va)], [h(name, vb)]);
    expect(entry?.note).toMatch(pattern);
  });

  it.each([
    ['unchanged header', [h('Content-Type', 'a/b')], [h('Content-Type', 'a/b')]],
    ['ignored header', [h('Cache-Control', 'x')], [h('Cache-Control', 'y')], ['cache-control']],
    ['header without significance', [h('X-Custom', '1')], [h('X-Custom', '2')]],
  ])('no note for %s', (_label, a, b, ignore?: string[]) => {
    const [entry] = diffHeaders(a, b, ignore);
    expect(entry?.note).toBeUndefined();
  });

  it('shows repeated Set-Cookie values one per line and other repeats comma-joined', () => {
    const diff = diffHeaders(
      [h('Set-Cookie', 'a=1; Path=/'), h('Set-Cookie', 'b=2'), h('Vary', 'Origin'), h('Vary', 'Accept')],
      [],
    );
    expect(diff.map((d) => d.a)).toEqual(['a=1; Path=/\nb=2', 'Origin, Accept']);
  });
});
