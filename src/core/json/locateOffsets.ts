/** A 1-based line and a 1-based column counted in UTF-16 code units, as Monaco shows them. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Converts 0-based offsets to lines and columns in one sweep over the text (offsets in any order).
 *
 * Line breaks are LF, CR and CRLF, each one break, as Monaco's text model splits lines. Positions are
 * only needed for errors and warnings, so the scanners record offsets and resolve them here at the end.
 */
export function locateOffsets(text: string, offsets: readonly number[]): LineColumn[] {
  const order = offsets.map((_, i) => i).sort((a, b) => (offsets[a] ?? 0) - (offsets[b] ?? 0));
  const result: LineColumn[] = Array.from({ length: offsets.length }, () => ({ line: 1, column: 1 }));
  let line = 1;
  let lineStart = 0;
  let p = 0;
  for (const index of order) {
    const target = Math.min(Math.max(offsets[index] ?? 0, 0), text.length);
    for (; p < target; p++) {
      const c = text.charCodeAt(p);
      // A CR followed by LF counts once, at the LF.
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(p + 1) !== 0x0a)) {
        line++;
        lineStart = p + 1;
      }
    }
    result[index] = { line, column: target - lineStart + 1 };
  }
  return result;
}

/** The line and column of a single offset. */
export function locateOffset(text: string, offset: number): LineColumn {
  return locateOffsets(text, [offset])[0] ?? { line: 1, column: 1 };
}
