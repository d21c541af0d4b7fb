import { describe, it, expect } from 'vitest';
import { findBodyError } from './findBodyError';
import { makeContext, type ExchangeSpec } from './testExchange';

const ids = (spec: ExchangeSpec) => findBodyError(makeContext(spec)).map((f) => [f.id, f.severity]);
const byId = (spec: ExchangeSpec, id: string) => findBodyError(makeContext(spec)).find((f) => f.id === id);
const json = (status: number, value: unknown, type = 'application/json'): ExchangeSpec => ({
  status,
  headers: [['Content-Type', type]],
  body: JSON.stringify(value),
});

describe('findBodyError', () => {
  it.each([
    [
      'problem details',
      json(
        404,
        { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No order 7' },
        'application/problem+json',
      ),
      [['problem-details', 'error']],
    ],
    [
      'message and field errors',
      json(422, { message: 'Invalid', errors: [{ field: 'email', message: 'bad' }] }),
      [
        ['error-message', 'error'],
        ['field-errors', 'error'],
      ],
    ],
    [
      'GraphQL errors on 200',
      json(200, { data: null, errors: [{ message: 'boom', path: ['a'] }] }),
      [['error-message', 'warning']],
    ],
    [
      'HTML error page',
      { status: 502, headers: [['Content-Type', 'text/html']], body: '<title>502 Bad Gateway</title>' },
      [['error-message', 'error']],
    ],
    ['plain text error', { status: 503, body: 'no healthy upstream' }, [['error-message', 'error']]],
    [
      'problem+xml',
      {
        status: 403,
        headers: [['Content-Type', 'application/problem+xml']],
        body: '<problem xmlns="urn:ietf:rfc:7807"><title>Forbidden</title><detail>No access</detail></problem>',
      },
      [['problem-details', 'error']],
    ],
    ['a success body', json(200, { id: 1, message: 'ok' }), []],
    [
      'an HTML page on 200',
      { status: 200, headers: [['Content-Type', 'text/html']], body: '<title>Home</title>' },
      [],
    ],
    [
      'broken JSON (left to body-invalid-json)',
      { status: 500, headers: [['Content-Type', 'application/json']], body: '{"message": "x"' },
      [],
    ],
    ['empty body', { status: 500 }, []],
  ] as [string, ExchangeSpec, [string, string][]][])('%s', (_, spec, expected) => {
    expect(ids(spec)).toEqual(expected);
  });

  it('problem-details data carries the RFC 9457 members', () => {
    const f = byId(
      json(
        403,
        {
          type: 'https://example.com/probs/out-of-credit',
          title: 'Out of credit',
          detail: 'Balance is 30',
          instance: '/acct/1',
          status: 403,
        },
        'application/problem+json',
      ),
      'problem-details',
    );
    expect(f?.data).toMatchObject({
      type: 'https://example.com/probs/out-of-credit',
      title: 'Out of credit',
      detail: 'Balance is 30',
      status: 403,
      instance: '/acct/1',
    });
    expect(f?.title).toBe('Out of credit');
  });

  it('about:blank problems say the title is just the status phrase', () => {
    expect(
      byId(json(404, { title: 'Not Found', status: 404 }, 'application/problem+json'), 'problem-details')
        ?.detail,
    ).toContain('about:blank');
  });

  it('error-message data has message and code', () => {
    const f = byId(
      json(401, { error: 'invalid_token', error_description: 'Token expired' }),
      'error-message',
    );
    expect(f?.data).toMatchObject({ message: 'Token expired', code: 'invalid_token', shape: 'oauth' });
    expect(f?.detail).toContain('OAuth');
  });

  it('field-errors data lists every error, the detail the first five', () => {
    const errors = Array.from({ length: 7 }, (_, i) => ({ field: `f${i}`, message: 'required' }));
    const f = byId(json(422, { errors }), 'field-errors');
    expect(f?.data).toHaveProperty('errors.length', 7);
    expect(f?.detail).toContain('and 2 more');
    expect(f?.title).toBe('7 field errors');
  });

  it('HTML messages are plain text', () => {
    const f = byId(
      { status: 500, headers: [['Content-Type', 'text/html']], body: '<h1><i>Fatal</i> &lt;error&gt;</h1>' },
      'error-message',
    );
    expect(f?.data).toHaveProperty('message', 'Fatal error');
  });
});

describe('findBodyError: the whole message', () => {
  it('titles a short message with it, and never cuts a long one', () => {
    const long =
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.';
    const short = byId(
      { status: 400, body: '{"message":"Bad input"}', headers: [['Content-Type', 'application/json']] },
      'error-message',
    );
    expect(short?.title).toBe('The body says: Bad input');
    const f = byId(
      {
        status: 403,
        body: JSON.stringify({ message: long }),
        headers: [['Content-Type', 'application/json']],
      },
      'error-message',
    );
    expect(f?.title).toBe('The body explains the failure');
    expect(f?.detail).toContain(long);
  });
});
