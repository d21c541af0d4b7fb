import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../test/propertyRuns';
import { parseInput } from '../http/parseInput';
import { analyzeSession } from './analyzeSession';
import { sanitizeHar } from './sanitizeHar';

const headerName = fc.oneof(
  fc.constantFrom(
    'Authorization',
    'Cookie',
    'Set-Cookie',
    'X-API-Key',
    'Referer',
    'Location',
    'Accept',
    'x-session',
    ':path',
  ),
  fc.string({ maxLength: 12 }),
);
const value = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    'Bearer eyJhbGciOiJI.eyJzdWIiOiIx.c2ln',
    'a=1; b=2',
    'sid=x; Path=/',
    'REDACTED',
    'Bearer',
    '',
  ),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
);
const param = fc.tuple(
  fc.constantFrom('token', 'page', 'key', 'code', 'q', 'password'),
  fc.string({ maxLength: 10 }),
);
const url = fc
  .tuple(fc.webUrl(), fc.array(param, { maxLength: 4 }))
  .map(([base, ps]) => `${base}?${ps.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`);
const body = fc.oneof(
  fc.json(),
  fc
    .dictionary(fc.constantFrom('password', 'access_token', 'name', 'id', 'secret'), fc.string())
    .map((o) => JSON.stringify(o)),
  fc.array(param, { maxLength: 4 }).map((ps) => ps.map(([k, v]) => `${k}=${v}`).join('&')),
  fc.string(),
);
const entry = fc.record({
  request: fc.record({
    method: fc.constantFrom('GET', 'POST'),
    url,
    headers: fc.array(fc.record({ name: headerName, value }), { maxLength: 6 }),
    cookies: fc.array(fc.record({ name: fc.string({ maxLength: 5 }), value }), { maxLength: 2 }),
    postData: fc.record({
      mimeType: fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'text/plain'),
      text: body,
    }),
  }),
  response: fc.record({
    status: fc.integer({ min: 0, max: 599 }),
    headers: fc.array(fc.record({ name: headerName, value }), { maxLength: 6 }),
    content: fc.record({ mimeType: fc.constantFrom('application/json', 'text/html'), text: body }),
    redirectURL: url,
  }),
});
const harText = fc
  .tuple(fc.array(entry, { maxLength: 5 }), fc.constantFrom(0, 2, '\t'))
  .map(([entries, indent]) => JSON.stringify({ log: { version: '1.2', entries } }, null, indent));

describe('sanitizeHar properties', () => {
  it('sanitizing twice changes nothing more', () => {
    fc.assert(
      fc.property(harText, (text) => {
        const once = sanitizeHar(text);
        if (!once.ok) return false;
        const twice = sanitizeHar(once.text);
        return twice.ok && twice.text === once.text && twice.redacted === 0;
      }),
      propertyRuns(300),
    );
  });

  it('the result is still JSON with the same entries', () => {
    fc.assert(
      fc.property(harText, (text) => {
        const r = sanitizeHar(text);
        if (!r.ok) return false;
        const before = JSON.parse(text) as { log: { entries: unknown[] } };
        const after = JSON.parse(r.text) as { log: { entries: unknown[] } };
        expect(after.log.entries).toHaveLength(before.log.entries.length);
        return true;
      }),
      propertyRuns(200),
    );
  });
});

describe('sanitizeHar and analyzeSession on any JSON under log.entries', () => {
  const anyHar = fc
    .array(fc.oneof(fc.jsonValue(), entry), { maxLength: 6 })
    .map((entries) => JSON.stringify({ log: { entries } }));

  it('never throw, and sanitizing stays idempotent', () => {
    fc.assert(
      fc.property(anyHar, (text) => {
        const once = sanitizeHar(text);
        if (!once.ok) return false;
        const twice = sanitizeHar(once.text);
        analyzeSession(parseInput(text));
        return twice.ok && twice.text === once.text;
      }),
      propertyRuns(200),
    );
  });
});
