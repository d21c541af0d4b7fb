import { describe, expect, it } from 'vitest';
import type { StatusCategory } from '../types';
import { describeClass } from './classGuidance';

describe('describeClass', () => {
  it.each<[StatusCategory, string, RegExp, RegExp[]]>([
    ['informational', '1xx Informational', /interim/, [/101/]],
    ['success', '2xx Success', /[Pp]rocess the response/, [/202/, /204/, /206/]],
    ['redirection', '3xx Redirection', /Location/, [/304/, /303/, /307/]],
    ['client-error', '4xx Client Error', /fix the request/, [/408/, /425/, /429/]],
    ['server-error', '5xx Server Error', /backoff/, [/501/, /505/, /500/, /idempotency/]],
    ['invalid', 'Not a status code', /100 to 599/, [/\b0\b/]],
  ])('%s: "%s"', (category, title, rule, exceptions) => {
    const guidance = describeClass(category);
    expect(guidance.category).toBe(category);
    expect(guidance.title).toBe(title);
    expect(guidance.rule).toMatch(rule);
    for (const pattern of exceptions) expect(guidance.exceptions.join(' ')).toMatch(pattern);
    expect(guidance.handling.length).toBeGreaterThan(0);
  });

  it.each<[StatusCategory, string]>([
    ['informational', 'not-applicable'],
    ['success', 'not-applicable'],
    ['redirection', 'not-applicable'],
    ['client-error', 'after-fix'],
    ['server-error', 'with-backoff'],
    ['invalid', 'not-applicable'],
  ])('%s retry verdict is %s', (category, verdict) => {
    expect(describeClass(category).retry.verdict).toBe(verdict);
  });

  it('returns copies', () => {
    describeClass('server-error').exceptions.length = 0;
    expect(describeClass('server-error').exceptions.length).toBeGreaterThan(0);
  });
});
