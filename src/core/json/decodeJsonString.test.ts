import { describe, expect, it } from 'vitest';
import { decodeJsonString } from './decodeJsonString';

/** Decodes a whole-text token; JSON.parse is the reference for every valid token. */
const decode = (token: string): string => decodeJsonString(token, 0, token.length);

describe('decodeJsonString', () => {
  it.each([
    ['"plain"'],
    ['""'],
    ['"\\"quoted\\" \\\\ back\\/slash"'],
    ['"\\b\\f\\n\\r\\t"'],
    ['"caf\\u00e9 \\u00E9"'],
    ['"\\ud83d\\ude00 pair"'],
    ['"😀 raw pair"'],
    ['"\\u0000 nul"'],
    ['"lead \\n mid \\t end"'],
    ['"\\\\"'],
  ])('decodes %s like JSON.parse', (token) => {
    expect(decode(token)).toBe(JSON.parse(token));
  });

  it('keeps lone surrogate escapes as lone code units, like JSON.parse', () => {
    const value = decode('"a\\uD800b"');
    expect(value).toBe('a\uD800b');
    expect(value.length).toBe(3);
  });

  it('decodes a token in the middle of a larger text by its span only', () => {
    const text = '{"k\\u0041y": "v\\n"}';
    expect(decodeJsonString(text, 1, 11)).toBe('kAy');
    expect(decodeJsonString(text, 13, 18)).toBe('v\n');
  });

  it('decodes a long string with many escapes (past one decode chunk)', () => {
    const value = 'ab"\\\n\u00e9'.repeat(5000);
    const token = JSON.stringify(value);
    expect(decode(token)).toBe(value);
  });
});
