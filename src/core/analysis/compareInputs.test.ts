import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareInputs, responseForComparison } from './compareInputs';

describe('compareInputs', () => {
  it('compares two raw responses and shows the changed value side by side, keys sorted', () => {
    const a = 'HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"b":1,"a":12345678901234567890}';
    const b =
      'HTTP/1.1 500 Internal Server Error\nContent-Type: application/json\n\n{"a":12345678901234567891,"b":1}';
    const result = compareInputs(a, b);
    expect(result.diff.status).toEqual({
      a: 200,
      b: 500,
      changed: true,
      sides: { a: { form: 'response' }, b: { form: 'response' } },
    });
    expect(result.diff.body.changes).toEqual([
      expect.objectContaining({
        path: '/a',
        change: 'changed',
        a: '12345678901234567890',
        b: '12345678901234567891',
      }),
    ]);
    expect(result.regions).toHaveLength(1);
    expect(result.regions[0]?.aLines).toEqual(['"a": 12345678901234567890']);
    expect(result.regions[0]?.bLines).toEqual(['"a": 12345678901234567891']);
  });

  it('keeps key order when asked not to sort', () => {
    const result = compareInputs('[{"b":1,"a":2}]', '[{"b":1,"a":3}]', { sortKeys: false });
    expect(result.regions[0]?.bLines).toEqual(['{', '  "b": 1,', '  "a": 3', '}']);
    expect(compareInputs('[{"b":1,"a":2}]', '[{"b":1,"a":3}]').regions[0]?.bLines).toEqual([
      '{',
      '  "a": 3,',
      '  "b": 1',
      '}',
    ]);
  });

  it('shows text bodies as received, with their line numbers', () => {
    const result = compareInputs('{"a":1}', '<html>oops</html>');
    expect(result.diff.body.kind).toBe('text');
    expect(result.regions[0]).toMatchObject({
      aLines: ['{"a":1}'],
      bLines: ['<html>oops</html>'],
      aFirstLine: 1,
    });
  });

  it('reports progress from 0 to 1', () => {
    const seen: number[] = [];
    compareInputs('[1]', '[2]', {}, (done) => seen.push(done));
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(1);
  });

  it('tells a request that got no response from text that is not a response, though both lack a status', () => {
    const har = readFileSync('tests/fixtures/har/mitmproxy/chrome.har', 'utf8');
    const result = compareInputs(har, 'hello this is not http');
    expect(result.diff.status).toEqual({
      a: 0,
      b: 0,
      changed: true,
      sides: {
        a: { form: 'no-response', detail: 'net::ERR_INTERNET_DISCONNECTED' },
        b: { form: 'body-only', detail: 'plain text' },
      },
    });
    expect(result.diff.summary).toMatch(/^status differs: no response vs no status line · /);
    expect(result.problemsB).toEqual([expect.stringMatching(/^This is not an HTTP response/)]);
  });

  it.each([
    ['curl: (7) Failed to connect to localhost port 8080: Connection refused', 'curl exit code 7'],
    ['Error: connect ECONNREFUSED 127.0.0.1:5001', 'ECONNREFUSED'],
  ])('names why %s got no response', (paste, detail) => {
    const side = responseForComparison(paste);
    expect(side.side).toEqual({ form: 'no-response', detail });
    expect(side.problems).toEqual([]);
  });

  it('compares two bare JSON bodies without a problem, and their statuses as the same', () => {
    const result = compareInputs('{"a":1}', '{"a":2}');
    expect(result.diff.status.changed).toBe(false);
    expect(result.diff.status.sides?.a).toEqual({ form: 'body-only', detail: 'a bare JSON body' });
    expect([...result.problemsA, ...result.problemsB]).toEqual([]);
  });

  it('reports what it could not read on each side', () => {
    expect(responseForComparison('HTTP/1.1 abc\n').problems.length).toBeGreaterThan(0);
    expect(responseForComparison('').response.status).toBe(0);
  });
});
