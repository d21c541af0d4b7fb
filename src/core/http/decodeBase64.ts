const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_SAFE: Record<string, number> = { '-': 62, _: 63 };
const VALUES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;
for (const [char, value] of Object.entries(URL_SAFE)) VALUES[char.charCodeAt(0)] = value;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * Decodes standard or URL-safe base64, ignoring whitespace, to bytes; undefined when the text is not
 * base64. Written by hand rather than with atob: it must behave the same in browsers, workers and node,
 * and never throw.
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let length = 0;
  let bits = 0;
  let bitCount = 0;
  let padding = false;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    if (c === 61) {
      padding = true;
      continue;
    }
    const value = c < 128 ? (VALUES[c] ?? -1) : -1;
    if (value < 0 || padding) return undefined;
    digits++;
    bits = (bits << 6) | value;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      out[length++] = (bits >> bitCount) & 0xff;
      bits &= (1 << bitCount) - 1;
    }
  }
  if (digits % 4 === 1) return undefined;
  return out.subarray(0, length);
}
