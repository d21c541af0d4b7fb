import { readHex4, SIMPLE_ESCAPE } from './jsonCharTables';
import type { LoneSurrogateSink } from './scanString';

/** What the copied strings held, for choosing how to decode the output buffer. */
export interface CopiedContent {
  /** A character outside ASCII was copied. */
  nonAscii: boolean;
}

/**
 * scanString fused with copying: validates the string token at `start` and writes it, unchanged, to
 * `out` at `start + shift`, reading each character once. The caller guarantees the room (the
 * formatter keeps its buffer at least as long as the input still to copy). Same result as scanString;
 * also notes in `content` whether the string held non-ASCII characters.
 */
export function scanCopyString(
  text: string,
  start: number,
  out: Uint16Array,
  shift: number,
  onLoneSurrogate: LoneSurrogateSink | null,
  content: CopiedContent,
): number {
  const len = text.length;
  out[start + shift] = 0x22;
  let p = start + 1;
  while (p < len) {
    const c = text.charCodeAt(p);
    out[p + shift] = c;
    if (c < 0x80) {
      if (c > 0x22 && c !== 0x5c) {
        p++;
        continue;
      }
    } else if (c < 0xd800 || c > 0xdfff) {
      content.nonAscii = true;
      p++;
      continue;
    }
    if (c === 0x22) return p + 1;
    if (c === 0x5c) {
      const e = text.charCodeAt(p + 1);
      if (e === 0x75) {
        const unit = readHex4(text, p + 2);
        if (unit < 0) return ~p;
        let size = 6;
        if ((unit & 0xf800) === 0xd800) {
          const paired =
            unit < 0xdc00 &&
            text.charCodeAt(p + 6) === 0x5c &&
            text.charCodeAt(p + 7) === 0x75 &&
            (readHex4(text, p + 8) & 0xfc00) === 0xdc00;
          if (paired) size = 12;
          else if (onLoneSurrogate !== null) onLoneSurrogate(p);
        }
        for (let i = 1; i < size; i++) out[p + i + shift] = text.charCodeAt(p + i);
        p += size;
        continue;
      }
      if (e < 128 && SIMPLE_ESCAPE[e] !== 0) {
        out[p + 1 + shift] = e;
        p += 2;
        continue;
      }
      return ~p;
    }
    if (c < 0x20) return ~p;
    if (c >= 0xd800) {
      content.nonAscii = true;
      const next = text.charCodeAt(p + 1);
      if (c < 0xdc00 && (next & 0xfc00) === 0xdc00) {
        out[p + 1 + shift] = next;
        p += 2;
        continue;
      }
      if (onLoneSurrogate !== null) onLoneSurrogate(p);
    }
    p++;
  }
  return ~len;
}
