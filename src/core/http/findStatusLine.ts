import { MAX_STATUS_LINE_LENGTH } from './limits';
import { countLineBreaks } from './LineReader';
import { parseStatusLine } from './parseStatusLine';

export interface TextPosition {
  pos: number;
  line: number;
}

/** True when a well-formed status line starts at `p`; reads a bounded slice, never the whole line. */
export function isStatusLineAt(text: string, p: number): boolean {
  const c = text.charCodeAt(p) | 0x20;
  if (c !== 0x68 && c !== 0x72 && c !== 0x69) return false; // h, r, i: HTTP/, RTSP/, ICE/
  const slice = text.slice(p, p + MAX_STATUS_LINE_LENGTH + 1);
  let end = slice.length;
  for (let i = 0; i < slice.length; i++) {
    const code = slice.charCodeAt(i);
    if (code === 10 || code === 13) {
      end = i;
      break;
    }
  }
  if (end === slice.length && p + slice.length < text.length) return false;
  return parseStatusLine(slice.slice(0, end))?.ok === true;
}

/**
 * Where the next response starts when only blank lines (and indentation) separate it from `pos`:
 * the offset of its line, and that line's number.
 */
export function statusLineAfterBlankLines(text: string, pos: number, line: number): TextPosition | undefined {
  let p = pos;
  let ln = line;
  let lineStart = pos;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13) {
      p += c === 13 && text.charCodeAt(p + 1) === 10 ? 2 : 1;
      ln += 1;
      lineStart = p;
    } else if (c === 32 || c === 9) {
      p += 1;
    } else break;
  }
  if (p >= text.length || !isStatusLineAt(text, p)) return undefined;
  return { pos: lineStart, line: ln };
}

/** The first status line that starts a line in text[from, limit), as the start of that line. */
export function statusLineWithin(
  text: string,
  from: number,
  limit: number,
  line: number,
): TextPosition | undefined {
  let p = from;
  const stop = Math.min(limit, text.length);
  while (p < stop) {
    if (isStatusLineAt(text, p)) return { pos: p, line: line + countLineBreaks(text, from, p) };
    let next = -1;
    for (let i = p; i < stop; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        break;
      }
    }
    if (next < 0) return undefined;
    p = next;
  }
  return undefined;
}
