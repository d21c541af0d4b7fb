import { describe, expect, it } from 'vitest';
import { decodeTextFile } from './decodeTextFile';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

const utf16le = (text: string, bom = true): Uint8Array => {
  const out = bom ? [0xff, 0xfe] : [];
  for (const ch of text) out.push(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
  return new Uint8Array(out);
};

const RESPONSE = 'HTTP/1.1 429 Too Many Requests\r\nRetry-After: 30\r\n\r\n{"error":"slow down"}';

describe('decodeTextFile', () => {
  it.each([
    ['UTF-8', bytes(RESPONSE), RESPONSE, 'utf-8'],
    ['UTF-8 with a byte order mark (dropped)', bytes([0xef, 0xbb, 0xbf], RESPONSE), RESPONSE, 'utf-8'],
    ['UTF-8 beyond ASCII', bytes('{"name":"Zoë ✓ 😀"}'), '{"name":"Zoë ✓ 😀"}', 'utf-8'],
    ['UTF-16LE with BOM (PowerShell redirect)', utf16le(RESPONSE), RESPONSE, 'utf-16le'],
    ['UTF-16LE without BOM', utf16le(RESPONSE, false), RESPONSE, 'utf-16le'],
    [
      'terminal colours (ESC) and tabs',
      bytes('\x1b[1mHTTP/1.1 200 OK\x1b[0m\n\tx'),
      '\x1b[1mHTTP/1.1 200 OK\x1b[0m\n\tx',
      'utf-8',
    ],
  ])('reads %s', (_name, input, text, encoding) => {
    const result = decodeTextFile(input, 'f');
    expect(result).toMatchObject({ ok: true, text, encoding });
    expect(result.ok && result.note).toBeFalsy();
  });

  it('reads bytes that are not UTF-8 as Windows-1252, and says so', () => {
    const result = decodeTextFile(bytes('caf', [0xe9], ' \u0020ok'), 'old.log');
    expect(result).toMatchObject({ ok: true, text: 'café  ok', encoding: 'windows-1252' });
    expect(result.ok && result.note).toMatch(/old\.log.*not valid UTF-8.*Windows-1252/);
  });

  it.each([
    ['gzip', bytes([0x1f, 0x8b, 0x08, 0x00]), /gzip-compressed.*gunzip/],
    ['zip', bytes([0x50, 0x4b, 0x03, 0x04, 1, 2]), /ZIP archive/],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), /PNG image.*HAR exports/],
    ['PDF', bytes('%PDF-1.7\n'), /PDF document/],
    ['NUL bytes', bytes('abc', [0], 'def'), /binary file/],
    [
      'control characters',
      bytes(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))),
      /binary file/,
    ],
  ])('refuses %s by name', (_name, input, message) => {
    const result = decodeTextFile(input, 'thing.bin');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/“thing\.bin” is/);
    expect(!result.ok && result.message).toMatch(message);
  });

  it('says an empty file is empty', () => {
    expect(decodeTextFile(new Uint8Array(0), 'x.har')).toEqual({ ok: false, message: '“x.har” is empty.' });
  });
});
