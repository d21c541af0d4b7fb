import { describe, it, expect } from 'vitest';
import { makeContext, TEST_NOW } from './testExchange';

describe('createDiagnoseContext', () => {
  it.each([
    [
      'a valid Date header',
      [['Date', 'Mon, 23 Mar 2026 08:00:00 GMT']],
      '2026-03-23T08:00:00.000Z',
      'date-header',
    ],
    [
      'an obsolete-form Date header',
      [['Date', 'Monday, 23-Mar-26 08:00:00 GMT']],
      '2026-03-23T08:00:00.000Z',
      'date-header',
    ],
    ['an invalid Date header', [['Date', 'yesterday']], TEST_NOW.toISOString(), 'now'],
    ['no Date header', [], TEST_NOW.toISOString(), 'now'],
  ] as [string, [string, string][], string, string][])('%s', (_, headers, iso, source) => {
    const ctx = makeContext({ headers });
    expect(ctx.reference.toISOString()).toBe(iso);
    expect(ctx.referenceSource).toBe(source);
  });

  it('describes the status and extracts the body error once', () => {
    const ctx = makeContext({
      status: 404,
      headers: [['Content-Type', 'application/json']],
      body: '{"message":"No such user"}',
    });
    expect(ctx.status.code).toBe(404);
    expect(ctx.body.kind).toBe('json');
    expect(ctx.bodyError?.message).toBe('No such user');
  });
});
