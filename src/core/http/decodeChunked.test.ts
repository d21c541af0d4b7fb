import { describe, expect, it } from 'vitest';
import { decodeChunked } from './decodeChunked';

describe('decodeChunked', () => {
  it.each([
    ['5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n', false, 'hello world'],
    ['5;a=b;c="x; y"\r\nhello\r\n0\r\n\r\n', false, 'hello'],
    ['A\r\n0123456789\r\n0\r\n', false, '0123456789'],
    ['5\nhello\n0\n\n', false, 'hello'],
    ['2\r\né\r\n0\r\n\r\n', false, 'é'],
    ['4\r\n😀\r\n0\r\n\r\n', false, '😀'],
    ['7\na\nb\nc\n0\n\n', true, 'a\nb\nc'],
    ['1\r\n\n\r\n0\r\n\r\n', false, '\n'],
  ])('decodes %j', (body, lfMayBeCrlf, expected) => {
    expect(decodeChunked(body, 0, lfMayBeCrlf)).toMatchObject({ kind: 'decoded', body: expected });
  });

  it('starts at the given offset and says where the framing ends', () => {
    const text = 'HEAD\r\n\r\n3\r\nabc\r\n0\r\n\r\nNEXT';
    const result = decodeChunked(text, 8, false);
    expect(result).toMatchObject({ kind: 'decoded', body: 'abc' });
    if (result.kind === 'decoded') expect(text.slice(result.end)).toBe('NEXT');
  });

  it('returns trailer lines with their offsets', () => {
    const text = '3\r\nabc\r\n0\r\nExpires: never\r\nX-Checksum: 42\r\n\r\n';
    const result = decodeChunked(text, 0, false);
    if (result.kind !== 'decoded') throw new Error(result.kind);
    expect(result.trailers.map((t) => t.text)).toEqual(['Expires: never', 'X-Checksum: 42']);
    expect(result.trailers.map((t) => text.slice(t.offset, t.offset + 7))).toEqual(['Expires', 'X-Check']);
  });

  it.each([
    ['{"already":"decoded"}'],
    ['404 page not found\n'],
    ['42'],
    ['1\nabc'],
    ['<html>5\r\n</html>'],
    [''],
  ])('leaves %j alone: it is not chunked', (body) => {
    expect(decodeChunked(body, 0, false)).toEqual({ kind: 'not-chunked' });
  });

  it.each([
    ['5\r\nhello\r\n6\r\n wor', 'middle of a chunk'],
    ['5\r\nhello\r\n', 'stops before its last'],
    ['5\r\nhello\r\nzz\r\n', 'no hexadecimal size'],
    ['2 junk\r\naa\r\n0\r\n\r\n', 'unexpected text'],
    ['5\r\nhello\r\n3\r\nabcdef\r\n0\r\n\r\n', 'not followed by a line break'],
  ])('reports %j as malformed', (body, text) => {
    const result = decodeChunked(body, 0, false);
    expect(result.kind).toBe('malformed');
    if (result.kind === 'malformed') expect(result.message).toContain(text);
  });

  it.each([
    ['25  \r\nThis is the data in the first chunk\r\n\r\n0\r\n\r\n', 'followed by spaces'],
    ['2;\r\naa\r\n0\r\n\r\n', 'empty'],
    ['2;a="open\r\naa\r\n0\r\n\r\n', 'never closed'],
  ])('decodes %j but notes what strict parsers refuse', (body, text) => {
    const result = decodeChunked(body, 0, false);
    if (result.kind !== 'decoded') throw new Error(result.kind);
    expect(result.notes.map((n) => n.message).join(' ')).toContain(text);
  });
});
