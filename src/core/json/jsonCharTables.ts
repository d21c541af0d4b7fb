/**
 * Lookup tables for the lexer's hot loops: a table read is cheaper than a chain of comparisons, and it
 * keeps the grammar (which escapes exist, what a hex digit is) in one place.
 */

/** Hex digit value by char code (0-127), or -1. */
export const HEX_VALUE: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < 10; i++) table[0x30 + i] = i;
  for (let i = 0; i < 6; i++) {
    table[0x41 + i] = 10 + i;
    table[0x61 + i] = 10 + i;
  }
  return table;
})();

/**
 * What a one-character escape (`\n`, `\"`, ...) decodes to, by the char code after the backslash, or 0
 * when RFC 8259 has no such escape. `\u` is handled separately.
 */
export const SIMPLE_ESCAPE: Uint16Array = (() => {
  const table = new Uint16Array(128);
  const pairs: [string, number][] = [
    ['"', 0x22],
    ['\\', 0x5c],
    ['/', 0x2f],
    ['b', 0x08],
    ['f', 0x0c],
    ['n', 0x0a],
    ['r', 0x0d],
    ['t', 0x09],
  ];
  for (const [letter, value] of pairs) table[letter.charCodeAt(0)] = value;
  return table;
})();

/** The value of the four hex digits at `pos`, or -1 when any of them is not a hex digit. */
export function readHex4(text: string, pos: number): number {
  const a = text.charCodeAt(pos);
  const b = text.charCodeAt(pos + 1);
  const c = text.charCodeAt(pos + 2);
  const d = text.charCodeAt(pos + 3);
  // NaN past the end and codes >= 128 both fall through to the -1 of `?? -1` or the range check.
  if (!(a < 128 && b < 128 && c < 128 && d < 128)) return -1;
  const va = HEX_VALUE[a] ?? -1;
  const vb = HEX_VALUE[b] ?? -1;
  const vc = HEX_VALUE[c] ?? -1;
  const vd = HEX_VALUE[d] ?? -1;
  if ((va | vb | vc | vd) < 0) return -1;
  return (va << 12) | (vb << 8) | (vc << 4) | vd;
}
