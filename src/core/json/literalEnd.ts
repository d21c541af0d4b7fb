/** End of the literal `true`, `false` or `null` at p (first letter `c`), or -1. */
export function literalEnd(text: string, p: number, c: number): number {
  if (c === 0x74) {
    return text.charCodeAt(p + 1) === 0x72 &&
      text.charCodeAt(p + 2) === 0x75 &&
      text.charCodeAt(p + 3) === 0x65
      ? p + 4
      : -1;
  }
  if (c === 0x66) {
    return text.charCodeAt(p + 1) === 0x61 &&
      text.charCodeAt(p + 2) === 0x6c &&
      text.charCodeAt(p + 3) === 0x73 &&
      text.charCodeAt(p + 4) === 0x65
      ? p + 5
      : -1;
  }
  return text.charCodeAt(p + 1) === 0x75 && text.charCodeAt(p + 2) === 0x6c && text.charCodeAt(p + 3) === 0x6c
    ? p + 4
    : -1;
}
