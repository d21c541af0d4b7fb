import { describe, expect, it } from 'vitest';
import { defaultHarEntryIndex } from './defaultHarEntryIndex';
import { parseInput } from './parseInput';

interface EntrySpec {
  method?: string;
  url?: string;
  status: number;
  statusText?: string;
  httpVersion?: string;
  text?: string;
  encoding?: string;
  postData?: string;
  error?: string;
}

function har(...entries: EntrySpec[]): string {
  return JSON.stringify(
    {
      log: {
        version: '1.2',
        creator: { name: 'test', version: '1' },
        entries: entries.map((e) => ({
          startedDateTime: '2026-11-24T10:00:00.000Z',
          request: {
            method: e.method ?? 'GET',
            url: e.url ?? 'https://api.example.com/x',
            httpVersion: e.httpVersion ?? 'http/2.0',
            headers: [{ name: 'accept', value: 'application/json' }],
            ...(e.postData === undefined
              ? {}
              : { postData: { mimeType: 'application/json', text: e.postData } }),
          },
          response: {
            status: e.status,
            statusText: e.statusText ?? '',
            httpVersion: e.httpVersion ?? 'http/2.0',
            headers: [
              { name: 'content-type', value: 'application/json' },
              { name: 'set-cookie', value: 'a=1' },
              { name: 'set-cookie', value: 'b=2' },
            ],
            content: { size: 0, mimeType: 'application/json', text: e.text, encoding: e.encoding },
            ...(e.error === undefined ? {} : { _error: e.error }),
          },
        })),
      },
    },
    null,
    2,
  );
}

const base64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('parseInput: HAR files', () => {
  it('turns each entry into an exchange, in file order', () => {
    const parsed = parseInput(
      har(
        { url: 'https://a.example/1', status: 200, text: '{}' },
        {
          method: 'POST',
          url: 'https://a.example/2',
          status: 422,
          statusText: 'Unprocessable Content',
          postData: '{"q":1}',
          text: '{"e":1}',
        },
      ),
    );
    expect(parsed.kind).toBe('har');
    expect(parsed.exchanges.map((e) => e.label)).toEqual([
      'GET https://a.example/1 → 200',
      'POST https://a.example/2 → 422',
    ]);
    const second = parsed.exchanges[1];
    expect(second?.request).toMatchObject({
      method: 'POST',
      target: 'https://a.example/2',
      httpVersion: 'HTTP/2',
      body: '{"q":1}',
    });
    expect(second?.response).toMatchObject({
      status: 422,
      reason: 'Unprocessable Content',
      httpVersion: 'HTTP/2',
      body: '{"e":1}',
    });
    expect(second?.response.headers.filter((h) => h.name === 'set-cookie').map((h) => h.value)).toEqual([
      'a=1',
      'b=2',
    ]);
    expect(parsed.problems).toEqual([]);
  });

  it.each([
    ['JSON', '{"message":"Ünïcödé 😀"}'],
    ['text with line breaks', 'line 1\r\nline 2\n'],
    ['empty', ''],
  ])('decodes a base64 body as UTF-8: %s', (_name, body) => {
    const parsed = parseInput(har({ status: 500, text: base64(body), encoding: 'base64' }));
    expect(parsed.exchanges[0]?.response.body).toBe(body);
  });

  it('replaces bytes that are not UTF-8 instead of failing', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00]).toString('base64');
    const parsed = parseInput(har({ status: 200, text: png, encoding: 'base64' }));
    expect(parsed.exchanges[0]?.response.body).toBe('\ufffdPNG\ufffd\u0000');
  });

  it('keeps a body marked base64 that is not, with a warning', () => {
    const parsed = parseInput(har({ status: 200, text: 'not base64!', encoding: 'base64' }));
    expect(parsed.exchanges[0]?.response.body).toBe('not base64!');
    expect(parsed.problems).toEqual([expect.objectContaining({ severity: 'warning' })]);
  });

  it('accepts a UTF-8 BOM before the JSON', () => {
    const parsed = parseInput(`\ufeff${har({ status: 404, text: 'nope' })}`);
    expect(parsed.kind).toBe('har');
    expect(parsed.exchanges[0]?.response.status).toBe(404);
  });

  it('keeps status 0 entries, with a warning quoting the browser error', () => {
    const parsed = parseInput(
      har({ status: 200 }, { status: 0, httpVersion: '', error: 'net::ERR_BLOCKED_BY_CLIENT' }),
    );
    expect(parsed.exchanges.map((e) => e.response.status)).toEqual([200, 0]);
    expect(parsed.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('net::ERR_BLOCKED_BY_CLIENT'),
      }),
    ]);
  });

  it.each([
    ['http/2.0', 'HTTP/2'],
    ['h3', 'HTTP/3'],
    ['HTTP/1.1', 'HTTP/1.1'],
  ])('normalises HTTP version %j', (version, expected) => {
    expect(parseInput(har({ status: 200, httpVersion: version })).exchanges[0]?.response.httpVersion).toBe(
      expected,
    );
  });

  it('notes an entry without an HTTP version', () => {
    const parsed = parseInput(har({ status: 200, httpVersion: '' }));
    expect(parsed.exchanges[0]?.response.httpVersion).toBe('');
    expect(parsed.problems).toEqual([
      expect.objectContaining({ severity: 'info', message: expect.stringContaining('HTTP version') }),
    ]);
  });

  it('survives entries with missing or wrongly typed fields', () => {
    const parsed = parseInput(
      '{"log":{"entries":[{}, {"request": 5, "response": {"status": "404", "headers": [1, {"name": "x"}]}}, 7]}}',
    );
    expect(parsed.kind).toBe('har');
    expect(parsed.exchanges.map((e) => e.response.status)).toEqual([0, 404]);
    expect(parsed.exchanges[1]?.response.headers).toEqual([{ name: 'x', value: '' }]);
  });

  it('picks the last failing entry to show first', () => {
    const parsed = parseInput(har({ status: 200 }, { status: 503 }, { status: 200 }, { status: 304 }));
    expect(defaultHarEntryIndex(parsed)).toBe(1);
  });
});
