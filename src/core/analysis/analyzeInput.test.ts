import { describe, expect, it } from 'vitest';
import { analyzeInput, rememberLast } from './analyzeInput';

const NOW = { now: new Date('2026-11-24T10:00:00Z') };

function har(statuses: number[]): string {
  return JSON.stringify({
    log: {
      version: '1.2',
      entries: statuses.map((status, i) => ({
        request: { method: 'GET', url: `https://api.example.com/${i}`, httpVersion: 'HTTP/1.1', headers: [] },
        response: { status, statusText: '', httpVersion: 'HTTP/1.1', headers: [], content: { text: '' } },
      })),
    },
  });
}

describe('analyzeInput', () => {
  it('diagnoses the final response of a timeline and lists every hop', () => {
    const a = analyzeInput(
      'HTTP/1.1 100 Continue\n\nHTTP/1.1 503 Service Unavailable\nRetry-After: 5\n\n',
      NOW,
    );
    expect(a.exchanges.map((e) => e.status)).toEqual([100, 503]);
    expect(a.selectedIndex).toBe(1);
    expect(a.diagnosis?.status.code).toBe(503);
    expect(a.diagnosis?.findings.map((f) => f.id)).toContain('retry-after');
  });

  it('diagnoses the hop the user picked, and ignores a pick out of range', () => {
    const text = 'HTTP/1.1 301 Moved Permanently\nLocation: /b\n\nHTTP/1.1 200 OK\n\n';
    expect(analyzeInput(text, { selectedIndex: 0 }).diagnosis?.status.code).toBe(301);
    expect(analyzeInput(text, { selectedIndex: 7 }).diagnosis?.status.code).toBe(200);
  });

  it.each([
    [[200, 404, 200], 1],
    [[500, 200, 0, 200], 2],
    [[200, 201], 1],
  ])('opens HAR %j on entry %i (the last failing one, else the last)', (statuses, index) => {
    const a = analyzeInput(har(statuses));
    expect(a.kind).toBe('har');
    expect(a.selectedIndex).toBe(index);
    expect(a.exchanges[index]?.label).toContain(`/${index}`);
  });

  it('shows a bare body without a diagnosis', () => {
    const a = analyzeInput('{"error":"nope"}');
    expect(a).toMatchObject({ kind: 'body-only', selectedIndex: -1, exchanges: [] });
    expect(a.diagnosis).toBeUndefined();
    expect(a.body).toMatchObject({ language: 'json', formatted: true });
  });

  it('never throws on garbage and says what it read', () => {
    const a = analyzeInput('\u0000\u0001\u0002binary\u0000');
    expect(a.diagnosis).toBeUndefined();
    expect(a.problems.length).toBeGreaterThan(0);
  });
});

describe('rememberLast', () => {
  it('scans a body once when the diagnosis and the body view both check it', () => {
    const seen: string[] = [];
    const check = rememberLast((text: string) => {
      seen.push(text);
      return text.length;
    });
    expect([check('{"a":1}'), check('{"a":1}'), check('[]'), check('[]')]).toEqual([7, 7, 2, 2]);
    expect(seen).toEqual(['{"a":1}', '[]']);
  });

  it('gives analyzeInput the same results as separate checks', () => {
    const text = 'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"a": 1,}';
    const a = analyzeInput(text);
    expect(a.diagnosis?.findings.map((f) => f.id)).toContain('body-invalid-json');
    expect(a.body.check?.ok).toBe(false);
  });
});
