import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { accessToken } from '../../../tests/fixtures/session/harEntries';
import { sanitizeHar } from './sanitizeHar';

const JWT = accessToken({ sub: 'user-1', exp: 1_900_000_000 });
const b64 = (text: string) => Buffer.from(text).toString('base64');

/**
 * A HAR written by hand, with odd but valid formatting (tabs, escapes, `value` before `name`),
 * holding secrets wherever `s(...)` is used. Built twice: with the secrets, and with what the
 * sanitizer must leave in their place; everything else must come out byte for byte.
 */
function har(s: (secret: string) => string): string {
  const body = JSON.stringify({
    user: 'ada',
    password: s('hunter2'),
    nested: { api_key: s('k-123'), list: [{ client_secret: s('cs-9') }] },
    count: 1,
    note: `see ${s(JWT)}`,
  }).replace('"count":1', '"count":12345678901234567890');
  return `{"log": {
\t"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
\t"pages": [{"id": "page_1", "title": "https://app.example/?access_token=${s('pg-tok')}&view=1"}],
\t"entries": [
\t\t{"_initiator": {"type": "script", "url": "https://app.example/a.js?sig=${s('sig-1')}"},
\t\t "request": {"method": "POST", "url": "https://u:${s('pa55')}@api.example/v1/x?page=2&api_key=${s('qk-1')}&q=caf\\u00e9#access_token=${s('frag-tok')}&state=ok",
\t\t  "headers": [
\t\t   {"name": "Authorization", "value": "Bearer ${s(JWT)}"},
\t\t   {"value": "Basic ${s('dXNlcjpwYXNz')}", "name": "proxy-authorization"},
\t\t   {"name": "Cookie", "value": "sid=${s('s1')}; theme=${s('dark')}"},
\t\t   {"name": "X-API-Key", "value": "${s('xk-77')}"},
\t\t   {"name": "Referer", "value": "https://app.example/cb?code=${s('oauth-code')}&state=xyz"},
\t\t   {"name": "X-Request-Id", "value": "req-42"},
\t\t   {"name": "Accept", "value": "application/json"},
\t\t   {"name": ":authority", "value": "api.example"}
\t\t  ],
\t\t  "cookies": [{"name": "sid", "value": "${s('s1')}"}],
\t\t  "queryString": [{"name": "page", "value": "2"}, {"name": "api_key", "value": "${s('qk-1')}"}],
\t\t  "postData": {"mimeType": "application/json", "text": ${JSON.stringify(body)}}
\t\t },
\t\t "response": {"status": 200, "statusText": "OK",
\t\t  "headers": [
\t\t   {"name": "Set-Cookie", "value": "sid=${s('s2')}; Path=/; Secure; HttpOnly; SameSite=Lax"},
\t\t   {"name": "Location", "value": "/next?token=${s('loc-tok')}"},
\t\t   {"name": "Access-Control-Allow-Credentials", "value": "true"},
\t\t   {"name": "Content-Type", "value": "application/json"}
\t\t  ],
\t\t  "cookies": [{"name": "sid", "value": "${s('s2')}", "path": "/"}],
\t\t  "content": {"size": 10, "mimeType": "application/json", "text": ${JSON.stringify(JSON.stringify({ access_token: s(JWT), token_type: 'Bearer', expires_in: 3600, refresh_token: s('rt-1'), id: 1.1 }).replace('1.1', '1.10'))}},
\t\t  "redirectURL": "https://app.example/done?session_id=${s('sess-1')}"
\t\t }, "startedDateTime": "2026-03-24T10:00:00.000Z", "time": 12.5},
\t\t{"request": {"method": "POST", "url": "https://id.example/token", "headers": [],
\t\t   "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "grant_type=password&username=ada&password=${s('pw-2')}&client_secret=${s('cs-2')}",
\t\t     "params": [{"name": "password", "value": "${s('pw-2')}"}, {"name": "username", "value": "ada"}]}},
\t\t "response": {"status": 200, "headers": [], "content": {"mimeType": "application/json", "encoding": "base64",
\t\t   "text": "${b64(JSON.stringify({ id_token: s(JWT), ok: true }))}"}}},
\t\t{"request": {"method": "GET", "url": "https://cdn.example/${s(JWT)}/img.png", "headers": []},
\t\t "response": {"status": 200, "headers": [], "content": {"mimeType": "text/html", "text": "<script>window.t='${s(JWT)}'</script>"}}}
\t]
}}
`;
}

const SECRETS = [
  'hunter2',
  'k-123',
  'cs-9',
  JWT,
  'pg-tok',
  'sig-1',
  'pa55',
  'qk-1',
  'frag-tok',
  'dXNlcjpwYXNz',
  's1',
  'dark',
  'xk-77',
  'oauth-code',
  's2',
  'loc-tok',
  'rt-1',
  'sess-1',
  'pw-2',
  'cs-2',
];

describe('sanitizeHar', () => {
  const planted = har((secret) => secret);
  const expected = har(() => 'REDACTED');
  const result = sanitizeHar(planted);

  it('replaces every planted secret and keeps every other byte', () => {
    expect(result.ok && result.text).toBe(expected);
  });

  it.each(SECRETS.map((s) => [s]))('%s does not survive', (secret) => {
    expect(result.ok && result.text.includes(secret)).toBe(false);
  });

  it('keeps number text and escapes as written', () => {
    expect(result.ok && result.text).toContain('12345678901234567890');
    expect(result.ok && result.text).toContain('caf\\u00e9');
    expect(result.ok && result.text).toContain('\\"id\\":1.10');
  });

  it('says what it removed, where', () => {
    if (!result.ok) throw new Error(result.error);
    expect(result.redacted).toBe(result.removed.reduce((sum, r) => sum + r.count, 0));
    const byWhat = Object.fromEntries(result.removed.map((r) => [r.what, r.entries]));
    expect(byWhat).toMatchObject({
      'authorization header': [0],
      'cookie header': [0],
      'set-cookie header': [0],
      'x-api-key header': [0],
      'JSON member password': [0],
      'JSON member id_token': [1],
      'form field password': [1],
      'query parameter api_key': [0],
      'fragment parameter access_token': [0],
      'password in a URL': [0],
      JWT: [0, 2],
    });
  });

  it('empties response bodies when asked', () => {
    const r = sanitizeHar(planted, { removeResponseBodies: true });
    expect(r.ok && r.removed.find((x) => x.what === 'response body')?.count).toBe(3);
    expect(r.ok && r.text).not.toContain('token_type');
  });

  it('masks extra names', () => {
    const text = '{"log":{"entries":[{"request":{"headers":[{"name":"X-Tenant","value":"acme"}]}}]}}';
    const r = sanitizeHar(text, { extraNames: ['x-tenant'] });
    expect(r.ok && r.text).toBe(
      '{"log":{"entries":[{"request":{"headers":[{"name":"X-Tenant","value":"REDACTED"}]}}]}}',
    );
  });

  it.each([
    ['real Chrome export', 'har/mitmproxy/chrome.har'],
    ['Chrome export with a BOM', 'har/mitmproxy/with-bom.har'],
    ['Chrome session', 'session/chrome-api-session.har'],
    ['Firefox session', 'session/firefox-staging-session.har'],
  ])('a %s still parses, with the same entries', (_, file) => {
    const text = readFileSync(new URL(`../../../tests/fixtures/${file}`, import.meta.url), 'utf8');
    const r = sanitizeHar(text);
    if (!r.ok) throw new Error(r.error);
    const before = JSON.parse(text.replace(/^\uFEFF/, '')) as {
      log: { entries: { request: { url: string } }[] };
    };
    const after = JSON.parse(r.text.replace(/^\uFEFF/, '')) as typeof before;
    expect(after.log.entries).toHaveLength(before.log.entries.length);
    expect(r.text.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
  });

  it.each([
    ['not JSON', '{"log": ', /not valid JSON \(line 1/],
    ['JSON without entries', '{"log": {}}', /no log.entries/],
    ['an array', '[1, 2]', /no log.entries/],
  ])('refuses %s', (_, text, message) => {
    const r = sanitizeHar(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});
