import { describe, expect, it } from 'vitest';
import { compareInputs, responseForComparison } from './compareInputs';

describe('compareInputs', () => {
  it('compares two raw responses and formats both bodies with sorted keys', () => {
    const a = 'HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"b":1,"a":12345678901234567890}';
    const b =
      'HTTP/1.1 500 Internal Server Error\nContent-Type: application/json\n\n{"a":12345678901234567891,"b":1}';
    const result = compareInputs(a, b);
    expect(result.diff.status).toEqual({ a: 200, b: 500, changed: true });
    expect(result.language).toBe('json');
    expect(result.bodyA).toBe('{\n  "a": 12345678901234567890,\n  "b": 1\n}');
    expect(result.diff.body.changes).toEqual([
      expect.objectContaining({
        path: '/a',
        change: 'changed',
        a: '12345678901234567890',
        b: '12345678901234567891',
      }),
    ]);
  });

  it('keeps key order when asked not to sort', () => {
    const result = compareInputs('{"b":1,"a":2}', '{"b":1,"a":2}', { sortKeys: false });
    expect(result.bodyA).toBe('{\n  "b": 1,\n  "a": 2\n}');
  });

  it('shows bodies as received when they are compared as text, so line numbers match', () => {
    const result = compareInputs('{"a":1}', '<html>oops</html>');
    expect(result.diff.body.kind).toBe('text');
    expect(result.bodyA).toBe('{"a":1}');
    expect(result.language).toBe('plaintext');
  });

  it('reports what it could not read on each side', () => {
    expect(responseForComparison('HTTP/1.1 abc\n').problems.length).toBeGreaterThan(0);
    expect(responseForComparison('').response.status).toBe(0);
  });
});
