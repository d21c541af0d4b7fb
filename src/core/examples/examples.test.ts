import { describe, expect, it } from 'vitest';
import { analyzeInput } from '../analysis/analyzeInput';
import { EXAMPLES } from './examples';

describe('EXAMPLES', () => {
  it.each(EXAMPLES.map((e) => [e.title, e] as const))('%s is read and diagnosed', (_, example) => {
    const analysis = analyzeInput(example.text, { now: new Date('2026-11-24T10:00:00Z') });
    expect(['raw', 'curl-verbose', 'no-response']).toContain(analysis.kind);
    expect(analysis.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(analysis.diagnosis?.verdict.reason).toBeTruthy();
  });

  it('include requests that got no response, diagnosed as such', () => {
    const failures = EXAMPLES.filter((e) => analyzeInput(e.text).kind === 'no-response');
    expect(failures.map((e) => e.id)).toEqual(['could-not-resolve', 'connection-timeout-post']);
  });

  // QA report 1, item 7: the example named "a POST that timed out" must hold a POST, and be read as one.
  it.each(
    EXAMPLES.filter((e) => /\b(POST|PUT|PATCH|DELETE)\b/.test(e.title)).map((e) => [e.title, e] as const),
  )('%s holds the method its title names', (title, example) => {
    const method = /\b(POST|PUT|PATCH|DELETE)\b/.exec(title)?.[1];
    expect(analyzeInput(example.text).exchange?.request?.method).toBe(method);
  });
});
