import { describe, expect, it } from 'vitest';
import { describeClass, describeStatus, listStatuses } from './describeStatus';

describe('describeStatus for catalogued codes', () => {
  it.each([
    [200, 'OK', 'success', true],
    [302, 'Found', 'redirection', true],
    [413, 'Content Too Large', 'client-error', true],
    [422, 'Unprocessable Content', 'client-error', true],
    [504, 'Gateway Timeout', 'server-error', true],
    [103, 'Early Hints', 'informational', true],
    [499, 'Client Closed Request', 'client-error', false],
    [522, 'Connection Timed Out', 'server-error', false],
  ] as const)('%i is %s (%s, registered %s)', (code, name, category, registered) => {
    const info = describeStatus(code);
    expect(info).toMatchObject({ code, name, category, registered, known: true });
  });

  it('returns copies: changing one result does not affect the next', () => {
    const first = describeStatus(429);
    first.handling.push('mutated');
    first.retry.verdict = 'never';
    first.confusedWith[0]!.explanation = 'mutated';
    const second = describeStatus(429);
    expect(second.handling).not.toContain('mutated');
    expect(second.retry.verdict).toBe('with-backoff');
    expect(second.confusedWith[0]?.explanation).not.toBe('mutated');
  });

  it('leaves out vendor and spec when a record has none', () => {
    expect('vendor' in describeStatus(404)).toBe(false);
    expect('spec' in describeStatus(440)).toBe(false);
  });
});

describe('describeStatus falls back to the class for uncatalogued codes', () => {
  it.each([
    [299, 'Unknown 2xx (Success)', 'success', 'not-applicable', 200],
    [477, 'Unknown 4xx (Client Error)', 'client-error', 'after-fix', 400],
    [599, 'Unknown 5xx (Server Error)', 'server-error', 'with-backoff', 500],
    [199, 'Unknown 1xx (Informational)', 'informational', 'not-applicable', 100],
    [399, 'Unknown 3xx (Redirection)', 'redirection', 'not-applicable', 300],
  ] as const)('%i -> %s', (code, name, category, verdict, classCode) => {
    const info = describeStatus(code);
    expect(info).toMatchObject({ code, name, category, known: false, registered: false });
    expect(info.retry.verdict).toBe(verdict);
    expect(info.confusedWith.map((c) => c.code)).toEqual([classCode]);
    expect(info.spec?.url).toBe(`https://www.rfc-editor.org/rfc/rfc9110#section-15.${classCode / 100 + 1}`);
    // The class rule and its exceptions travel with the fallback.
    expect(info.description).toContain(describeClass(category).rule);
    expect(info.notes).toEqual(describeClass(category).exceptions);
    for (const text of [info.summary, ...info.whenYouSeeIt, ...info.causes, ...info.handling])
      expect(text).not.toBe('');
  });

  it('a 5xx fallback names the 5xx exceptions (501, 505, non-idempotent requests)', () => {
    const notes = describeStatus(599).notes.join(' ');
    expect(notes).toMatch(/501/);
    expect(notes).toMatch(/505/);
    expect(notes).toMatch(/idempotency/);
  });

  it('a 4xx fallback names the retryable 4xx codes', () => {
    const notes = describeStatus(477).notes.join(' ');
    for (const code of ['408', '425', '429']) expect(notes).toContain(code);
  });
});

describe('describeStatus rejects numbers that cannot be status codes', () => {
  it.each([
    [99, /outside/],
    [600, /outside/],
    [1000, /outside/],
    [-1, /outside/],
    [4.5, /whole number/],
    [Number.NaN, /not a number/],
    [Number.POSITIVE_INFINITY, /infinite/],
  ])('%s is invalid', (code, reason) => {
    const info = describeStatus(code);
    expect(info.category).toBe('invalid');
    expect(info.known).toBe(false);
    expect(info.registered).toBe(false);
    expect(info.summary).toMatch(reason);
    expect(info.summary).toMatch(/100 to 599/);
    expect(info.spec?.label).toBe('RFC 9110 §15');
  });
});

describe('describeStatus(0)', () => {
  it('is "No response", as HAR files and browsers record a request that got none, not an invalid code', () => {
    const info = describeStatus(0);
    expect(info).toMatchObject({ code: 0, name: 'No response', known: true, registered: false });
    expect(info.summary).toMatch(/No HTTP response arrived/);
    expect(info.summary).not.toMatch(/outside|garbled/);
    expect(info.notes.join(' ')).toMatch(/not an HTTP status code/);
    expect(info.confusedWith.map((c) => c.code)).toEqual([502, 504, 499]);
  });

  it('is not listed among the status codes', () => {
    expect(listStatuses().some((s) => s.code === 0)).toBe(false);
  });
});

describe('listStatuses', () => {
  it('lists every record once, sorted, all known', () => {
    const list = listStatuses();
    const codes = list.map((s) => s.code);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
    expect(new Set(codes).size).toBe(codes.length);
    expect(list.every((s) => s.known)).toBe(true);
    expect(list.filter((s) => s.registered)).toHaveLength(64);
    expect(list.filter((s) => !s.registered).length).toBeGreaterThanOrEqual(20);
  });

  it('agrees with describeStatus for every entry', () => {
    for (const info of listStatuses()) expect(describeStatus(info.code)).toEqual(info);
  });
});
