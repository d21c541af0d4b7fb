/**
 * The parts of the number token scanNumber accepted last, as offsets into its text: the integer
 * digits are [intStart, intEnd); a fraction, when fracEnd > intEnd, is `.` and the digits up to
 * fracEnd; an exponent, if any, follows up to the token's end. scannedNumberChanges reads
 * them instead of reading the token again. One long-lived object: see validateJson for why.
 */
export const lastNumber = { intStart: 0, intEnd: 0, fracEnd: 0 };

/**
 * Validates the number token starting at `start` (RFC 8259 §6: `-? int frac? exp?`, no leading zeros).
 *
 * Returns the offset just after the token, or `~offset` (negative) of the first character that breaks
 * the grammar. A valid prefix followed by junk (`0x1F`, `12abc`) returns the prefix's end: the caller
 * sees the junk where it expects `,` or a bracket and explains it as a malformed number there.
 */
export function scanNumber(text: string, start: number): number {
  let p = start;
  let c = text.charCodeAt(p);
  if (c === 0x2d) c = text.charCodeAt(++p);
  const intStart = p;
  if (c === 0x30) {
    c = text.charCodeAt(++p);
    if (c >= 0x30 && c <= 0x39) return ~p;
  } else if (c >= 0x31 && c <= 0x39) {
    do c = text.charCodeAt(++p);
    while (c >= 0x30 && c <= 0x39);
  } else {
    return ~p;
  }
  const intEnd = p;
  if (c === 0x2e) {
    c = text.charCodeAt(++p);
    if (!(c >= 0x30 && c <= 0x39)) return ~p;
    do c = text.charCodeAt(++p);
    while (c >= 0x30 && c <= 0x39);
  }
  const fracEnd = p;
  if (c === 0x65 || c === 0x45) {
    c = text.charCodeAt(++p);
    if (c === 0x2b || c === 0x2d) c = text.charCodeAt(++p);
    if (!(c >= 0x30 && c <= 0x39)) return ~p;
    do c = text.charCodeAt(++p);
    while (c >= 0x30 && c <= 0x39);
  }
  lastNumber.intStart = intStart;
  lastNumber.intEnd = intEnd;
  lastNumber.fracEnd = fracEnd;
  return p;
}
