import { describe, expect, it } from 'vitest';
import { scanCopyString, type CopiedContent } from './scanCopyString';
import { scanString } from './scanString';

/**
 * Runs scanString and scanCopyString into UTF-16 units (they must agree) and returns the result, the
 * lone surrogates reported and the copy. Also copies into a byte buffer, which must hold the same
 * string as UTF-8, or stop at the first raw lone surrogate.
 */
function scan(text: string): { end: number; lone: number[]; copied: string } {
  const lone: number[] = [];
  const end = scanString(text, 0, (offset) => lone.push(offset));
  const out = new Uint16Array(text.length + 4);
  const copyLone: number[] = [];
  const content: CopiedContent = { nonAscii: false, end: 0, stopped: null };
  const copyEnd = scanCopyString(text, 0, out, 2, (offset) => copyLone.push(offset), content);
  expect(copyEnd).toBe(end);
  expect(copyLone).toEqual(lone);
  if (end > 0) expect(content.nonAscii).toBe([...text.slice(0, end)].some((ch) => ch.charCodeAt(0) > 0x7f));
  const copied = end > 0 ? String.fromCharCode(...out.subarray(2, content.end)) : '';

  const bytes = new Uint8Array(3 * text.length + 4);
  const byteContent: CopiedContent = { nonAscii: false, end: 0, stopped: null };
  const byteEnd = scanCopyString(text, 0, bytes, 1, null, byteContent);
  if (byteContent.stopped === 'lone-surrogate') {
    expect(lone.length).toBeGreaterThan(0);
  } else {
    expect(byteContent.stopped).toBeNull();
    expect(byteEnd).toBe(end);
    if (end > 0) expect(new TextDecoder().decode(bytes.subarray(1, byteContent.end))).toBe(copied);
  }
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

  it('stops a byte copy that runs out of room for UTF-8, to be copied again into a larger buffer', () => {
    const text = '"東京東京東京"';
    const content: CopiedContent = { nonAscii: false, end: 0, stopped: null };
    // One byte per input unit still to read is the room the formatter guarantees; UTF-8 needs three.
    const end = scanCopyString(text, 0, new Uint8Array(text.length), 0, null, content);
    expect(end).toBeLessThan(0);
    expect(content.stopped).toBe('room');
    const roomy: CopiedContent = { nonAscii: false, end: 0, stopped: null };
    const bytes = new Uint8Array(3 * text.length);
    expect(scanCopyString(text, 0, bytes, 0, null, roomy)).toBe(text.length);
    expect(new TextDecoder().decode(bytes.subarray(0, roomy.end))).toBe(text);
  });
});
