import { describe, expect, it } from 'vitest';
import { scanCopyString } from './scanCopyString';
import { scanString } from './scanString';

/** Runs both scanners (they must agree) and returns the result and the lone surrogates reported. */
function scan(text: string): { end: number; lone: number[]; copied: string } {
  const lone: number[] = [];
  const end = scanString(text, 0, (offset) => lone.push(offset));
  const out = new Uint16Array(text.length + 4);
  const copyLone: number[] = [];
  const content = { nonAscii: false };
  const copyEnd = scanCopyString(text, 0, out, 2, (offset) => copyLone.push(offset), content);
  expect(copyEnd).toBe(end);
  expect(copyLone).toEqual(lone);
  if (end > 0) expect(content.nonAscii).toBe([...text.slice(0, end)].some((ch) => ch.charCodeAt(0) > 0x7f));
  const copied = end > 0 ? String.fromCharCode(...out.subarray(2, 2 + end)) : '';
  return { end, lone, copied };
}

describe('scanString and scanCopyString', () => {
  it.each([
    ['"abc"', 5],
    ['""', 2],
    ['"a" tail', 3],
    ['"\\"\\\\\\/\\b\\f\\n\\r\\t"', 18],
    ['"\\u00e9\\uD83D\\uDE00"', 20],
    ['"😀 é"', 6],
  ])('accepts %j up to %i and copies it unchanged', (text, end) => {
    const result = scan(text);
    expect(result.end).toBe(end);
    expect(result.copied).toBe(text.slice(0, end));
    expect(result.lone).toEqual([]);
  });

  it.each([
    ['unclosed', '"abc', 4],
    ['raw line feed', '"a\nb"', 2],
    ['raw tab', '"a\tb"', 2],
    ['raw NUL', '"\u0000"', 1],
    ['unknown escape', '"\\x41"', 1],
    ['escaped single quote', '"\\\'"', 1],
    ['short \\u escape', '"\\u12"', 1],
    ['non-hex \\u escape', '"\\u12G4"', 1],
    ['backslash at the end', '"\\', 1],
  ])('rejects %s at offset %i', (_name, text, offset) => {
    expect(scan(text).end).toBe(~offset);
  });

  it.each([
    ['escaped high alone', '"\\uD800"', [1]],
    ['escaped low alone', '"\\uDC00x"', [1]],
    ['escaped high, then a BMP escape', '"\\uD800\\u0041"', [1]],
    ['two escaped highs', '"\\uD800\\uD800"', [1, 7]],
    ['raw high alone', '"a\uD800"', [2]],
    ['raw low first', '"\uDC00\uD800"', [1, 2]],
    ['reversed raw pair', '"\uDE00\uD83D"', [1, 2]],
  ])('reports lone surrogates: %s', (_name, text, offsets) => {
    const result = scan(text);
    expect(result.end).toBe(text.length);
    expect(result.lone).toEqual(offsets);
  });
});
