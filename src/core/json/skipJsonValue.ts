/**
 * Allocation-free skipping over JSON text that is already known to be valid (checked once with
 * validateJson): finding where a value ends costs one tight charCodeAt loop and no nodes, which is what
 * lets the comparison step over identical or unneeded subtrees without parsing them.
 *
 * On invalid text the results are unspecified (but the loops always stop at the end of the text).
 */

/** Offset just after the string token whose opening quote is at `start`. */
export function skipJsonString(text: string, start: number): number {
  const len = text.length;
  let p = start + 1;
  while (p < len) {
    const c = text.charCodeAt(p);
    if (c === 0x22) return p + 1;
    p += c === 0x5c ? 2 : 1;
  }
  return len;
}

/** Offset just after the number token at `start` (any run of number characters). */
export function skipJsonNumber(text: string, start: number): number {
  let p = start;
  let c = text.charCodeAt(p);
  // Digits, `-`, `+`, `.`, `e` and `E`.
  while ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45) {
    c = text.charCodeAt(++p);
  }
  return p;
}

/** Offset just after the value starting at `start` (no whitespace before it). */
export function skipJsonValue(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (c === 0x22) return skipJsonString(text, start);
  if (c === 0x7b || c === 0x5b) return skipJsonContainer(text, start);
  if (c === 0x74 || c === 0x6e) return start + 4; // true, null
  if (c === 0x66) return start + 5; // false
  return skipJsonNumber(text, start);
}

/** Brackets only need counting: strings are skipped whole, so brackets inside them do not count. */
function skipJsonContainer(text: string, start: number): number {
  const len = text.length;
  let depth = 0;
  let p = start;
  while (p < len) {
    const c = text.charCodeAt(p);
    if (c === 0x22) {
      p = skipJsonString(text, p);
      continue;
    }
    p++;
    if (c === 0x7b || c === 0x5b) depth++;
    else if ((c === 0x7d || c === 0x5d) && --depth === 0) return p;
  }
  return len;
}
