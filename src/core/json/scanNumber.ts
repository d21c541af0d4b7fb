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
  if (c === 0x30) {
    c = text.charCodeAt(++p);
    if (c >= 0x30 && c <= 0x39) return ~p;
  } else if (c >= 0x31 && c <= 0x39) {
    do c = text.charCodeAt(++p);
    while (c >= 0x30 && c <= 0x39);
  } else {
    return ~p;
  }
  if (c === 0x2e) {
    c = text.charCodeAt(++p);
    if (!(c >= 0x30 && c <= 0x39)) return ~p;
    do c = text.charCodeAt(++p);
    while (c >= 0x30 && c <= 0x39);
  }
  if (c === 0x65 || c === 0x45) {
    c = text.charCodeAt(++p);
    if (c === 0x2b || c === 0x2d) c = text.charCodeAt(++p);
    if (!(c >= 0x30 && c <= 0x39)) return ~p;
    do c = text.charCodeAt(++p);
    while (c >= 0x30 && c <= 0x39);
  }
  return p;
}
