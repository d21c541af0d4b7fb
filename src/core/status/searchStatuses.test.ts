import { describe, expect, it } from 'vitest';
import { describeStatus, listStatuses } from './describeStatus';
import { MAX_QUERY_LENGTH, searchStatuses } from './searchStatuses';

const codes = (query: string): number[] => searchStatuses(query).map((s) => s.code);

describe('searchStatuses', () => {
  it.each([
    ['rate limit', 429],
    ['RATE LIMIT', 429],
    ['token', 401],
    ['payload too large', 413],
    ['request entity too large', 413],
    ['unprocessable entity', 422],
    ['too many', 429],
    ['teapot', 418],
    ['www-authenticate', 401],
    ['idempotency key', 504],
    ['captive portal', 511],
  ])('"%s" finds %i', (query, code) => {
    expect(codes(query)).toContain(code);
  });

  it.each([
    ['429', 429],
    ['404', 404],
    ['rate limit', 429],
    ['payload too large', 413],
    ['too many requests', 429],
    ['teapot', 418],
    ['cloudflare', 520],
  ])('"%s" ranks %i first', (query, code) => {
    expect(codes(query)[0]).toBe(code);
  });

  it('puts the exact code first, then code-prefix matches, then codes that only mention it', () => {
    const result = codes('429');
    expect(result[0]).toBe(429);
    // 503 discusses 429 in its text, so it is found, but after the code itself.
    expect(result).toContain(503);
  });

  it('treats a partial number as a code prefix', () => {
    const result = codes('42');
    expect(result.length).toBeGreaterThan(0);
    expect(result.every((code) => String(code).startsWith('42'))).toBe(true);
    expect(result).toEqual(expect.arrayContaining([421, 422, 423, 424, 425, 426, 428, 429]));
  });

  it.each([
    ['4xx', 4],
    ['5XX', 5],
    ['1xx', 1],
  ])('"%s" returns exactly the class', (query, digit) => {
    const result = codes(query);
    const expected = listStatuses()
      .filter((s) => Math.floor(s.code / 100) === digit)
      .map((s) => s.code);
    expect(result.sort((a, b) => a - b)).toEqual(expected);
  });

  it('"cloudflare" finds 520 to 527, ahead of codes that only mention Cloudflare', () => {
    const result = codes('cloudflare');
    const cloudflare = [520, 521, 522, 523, 524, 525, 526, 527];
    expect(result).toEqual(expect.arrayContaining(cloudflare));
    const lastVendorHit = Math.max(...cloudflare.map((code) => result.indexOf(code)));
    const firstMention = result.findIndex((code) => code < 520 || code > 530);
    expect(firstMention === -1 || firstMention > lastVendorHit).toBe(true);
  });

  it('ranks name matches before text matches', () => {
    const result = codes('timeout');
    const named = listStatuses()
      .filter((s) => s.name.toLowerCase().includes('timeout'))
      .map((s) => s.code);
    expect(named).toEqual([408, 504, 524]);
    expect(result.slice(0, named.length)).toEqual(named);
    expect(result.length).toBeGreaterThan(named.length);
  });

  it('requires every word to match', () => {
    expect(codes('rate limit')).not.toContain(404);
    expect(codes('token xylophone')).toEqual([]);
    expect(codes('4xx cloudflare').every((code) => code >= 400 && code < 500)).toBe(true);
  });

  it.each(['', '   ', '!!!'])('"%s" returns the whole catalogue', (query) => {
    expect(codes(query)).toEqual(listStatuses().map((s) => s.code));
  });

  it('matches words by their start, not anywhere inside them', () => {
    // "rate" must not match "generate", "separate"...: only records really about rates show up.
    const result = codes('rate');
    expect(result).toContain(429);
    expect(result).not.toContain(202);
  });

  it('reads a lone "0" as status 0 (no response), not as every text mentioning HTTP/1.0 or 0-RTT', () => {
    const result = searchStatuses('0');
    expect(result.map((s) => s.code)).toEqual([0]);
    expect(result[0]?.name).toBe(describeStatus(0).name);
    expect(codes('0-RTT')).toContain(425);
    expect(codes('9110').length).toBeGreaterThan(10);
  });

  it('ignores text beyond the length limit', () => {
    const padded = 'teapot' + ' '.repeat(MAX_QUERY_LENGTH) + 'xylophone';
    expect(codes(padded)).toContain(418);
  });
});
