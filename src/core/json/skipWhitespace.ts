/** Offset of the first character at or after `p` that is not JSON whitespace (space, tab, LF, CR). */
export function skipWhitespace(text: string, p: number): number {
  let c = text.charCodeAt(p);
  while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++p);
  return p;
}
