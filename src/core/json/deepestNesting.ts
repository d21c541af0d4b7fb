/**
 * The deepest bracket nesting reached in `text` from offset `from`, where `depth` brackets are already
 * open. Strings are skipped, so brackets inside them do not count; the text is not validated.
 *
 * Indented output grows with the square of the depth, so the formatter asks this once, when nesting
 * first gets deep, to fail fast instead of writing hundreds of megabytes before hitting its limit.
 * With `stopAbove`, it returns as soon as the depth passes that: enough to know a text is too deep.
 */
export function deepestNesting(text: string, from: number, depth: number, stopAbove = Infinity): number {
  let deepest = depth;
  const len = text.length;
  for (let p = from; p < len; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest) deepest = depth;
      if (deepest > stopAbove) return deepest;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    } else if (c === 0x22) {
      for (p++; p < len; p++) {
        const s = text.charCodeAt(p);
        if (s === 0x5c) p++;
        else if (s === 0x22) break;
      }
    }
  }
  return deepest;
}

/** The fewest characters indented output needs for `depth` nested brackets: their own lines, indented. */
export function minimumIndentedLength(depth: number, width: number): number {
  // Every level but the outermost opens on its own line, and every level but the innermost closes on
  // its own line; a line at level k (1-based) costs a line feed, (k - 1) × width and a bracket.
  const levels = Math.max(0, depth - 1);
  return width * levels * levels + 2 * levels;
}

/**
 * True when brackets in `text` nest deeper than `limit` (strings skipped, text not validated). Tools
 * that recurse once per level (Monaco's JSON worker, many parsers) overflow their stack on such text.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  return text.length > limit && deepestNesting(text, 0, 0, limit) > limit;
}
