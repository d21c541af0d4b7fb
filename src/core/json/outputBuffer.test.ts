import { describe, expect, it } from 'vitest';
import { MAX_OUTPUT_LENGTH } from './jsonLimits';
import {
  utf8BytesToString,
  growOutputBuffer,
  OutputTooLargeError,
  utf16BufferToString,
} from './outputBuffer';

const toBuffer = (text: string): Uint16Array<ArrayBuffer> =>
  Uint16Array.from(text, (_, i) => text.charCodeAt(i));

describe('utf16BufferToString', () => {
  it.each([
    ['ascii', '{"a":1}', 'ascii'],
    ['non-ASCII and astral', 'café 東京 😀', 'unicode'],
    ['a leading byte order mark is kept', '\uFEFFx', 'unicode'],
    ['empty', '', 'ascii'],
    ['empty, unicode', '', 'unicode'],
  ] as const)('decodes %s', (_name, text, content) => {
    const buffer = toBuffer(`${text}unused tail`);
    expect(utf16BufferToString(buffer, text.length, content)).toBe(text);
  });

  it('keeps lone surrogates in lone-surrogates mode (TextDecoder would replace them)', () => {
    const text = 'a\uD800b\uDC00';
    expect(utf16BufferToString(toBuffer(text), text.length, 'unicode')).not.toBe(text);
    expect(utf16BufferToString(toBuffer(text), text.length, 'lone-surrogates')).toBe(text);
  });

  it('decodes long text in lone-surrogates mode across chunks', () => {
    const text = 'ab\uD800'.repeat(10_000);
    expect(utf16BufferToString(toBuffer(text), text.length, 'lone-surrogates')).toBe(text);
  });
});

describe('utf8BytesToString', () => {
  it('decodes the used bytes only', () => {
    expect(utf8BytesToString(new TextEncoder().encode('{"é":1}tail'), 8)).toBe('{"é":1}');
  });
});

describe('growOutputBuffer', () => {
  it('keeps the used part and makes the room asked for, in UTF-16 units', () => {
    const grown = growOutputBuffer(toBuffer('a\u00e9c'), 2, 100);
    expect(grown).toBeInstanceOf(Uint16Array);
    expect(grown.length).toBeGreaterThanOrEqual(100);
    expect([...grown.subarray(0, 3)]).toEqual([0x61, 0xe9, 0]);
  });

  it('keeps a byte buffer a byte buffer', () => {
    const grown = growOutputBuffer(new Uint8Array([1, 2, 3]), 3, 10);
    expect(grown).toBeInstanceOf(Uint8Array);
    expect([...grown.subarray(0, 4)]).toEqual([1, 2, 3, 0]);
  });

  it('refuses to pass the output limit', () => {
    expect(() => growOutputBuffer(new Uint16Array(4), 0, MAX_OUTPUT_LENGTH + 1)).toThrow(OutputTooLargeError);
  });
});
