import { describe, expect, it } from 'vitest';
import { decodeBase64 } from './decodeBase64';

const utf8 = (bytes: Uint8Array | undefined): string | undefined =>
  bytes === undefined ? undefined : new TextDecoder().decode(bytes);

describe('decodeBase64', () => {
  it.each([
    ['', ''],
    ['aGVsbG8=', 'hello'],
    ['aGVsbG8', 'hello'],
    ['aGVs\nbG8g\r\nd29y bGQ=', 'hello world'],
    ['eyJvayI6dHJ1ZX0=', '{"ok":true}'],
    ['w6k=', 'é'],
    ['8J-YgA', '😀'],
  ])('%j', (input, expected) => {
    expect(utf8(decodeBase64(input))).toBe(expected);
  });

  it('matches node for random bytes', () => {
    const bytes = Uint8Array.from({ length: 257 }, (_, i) => (i * 73 + 11) % 256);
    const encoded = Buffer.from(bytes).toString('base64');
    expect(decodeBase64(encoded)).toEqual(bytes);
  });

  it.each([['not base64!'], ['aGVsbG8=x'], ['a'], ['aGVsb€']])('rejects %j', (input) => {
    expect(decodeBase64(input)).toBeUndefined();
  });
});
