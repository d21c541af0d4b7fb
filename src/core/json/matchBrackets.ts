/**
 * For valid JSON, where each `{` or `[` closes: `closeAt[open]` is the offset of its matching bracket
 * (0 at every other offset). One linear pass, no recursion.
 *
 * Lazy reading (readJsonChildren) finds a child's end by scanning it, so descending a long chain of
 * nested containers would rescan the same text at every level, quadratic in the nesting depth. With
 * this index built once, every skip over a container is a table read.
 */
export function matchBrackets(text: string): Int32Array {
  const closeAt = new Int32Array(text.length);
  const open: number[] = [];
  const len = text.length;
  for (let p = 0; p < len; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x22) {
      // Skip the string: brackets inside it do not count.
      for (p++; p < len; p++) {
        const d = text.charCodeAt(p);
        if (d === 0x22) break;
        if (d === 0x5c) p++;
      }
    } else if (c === 0x7b || c === 0x5b) {
      open.push(p);
    } else if (c === 0x7d || c === 0x5d) {
      const start = open.pop();
      if (start !== undefined) closeAt[start] = p;
    }
  }
  return closeAt;
}
