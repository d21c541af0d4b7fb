import { readHex4, SIMPLE_ESCAPE } from './jsonCharTables';
import type { LoneSurrogateSink } from './scanString';
import type { OutputBuffer } from './outputBuffer';

/** What a copied string held and where its copy ended; filled by scanCopyString. */
export interface CopiedContent {
  /** A character outside ASCII was copied. */
  nonAscii: boolean;
  /** After a successful copy: the output index just past the copied closing quote. */
  end: number;
  /**
   * Set (with a negative return) when a byte buffer could not take the string: 'room' when the
   * buffer is too short for its UTF-8 bytes, 'lone-surrogate' when it holds an unpaired surrogate,
   * which UTF-8 cannot express. Otherwise null.
   */
  stopped: 'room' | 'lone-surrogate' | null;
}

/**
 * scanString fused with copying: validates the string token at `start` and writes it, unchanged, to
 * `out` from index `o`, reading each character once; returns what scanString returns. Into a
 * Uint16Array the units are copied one for one; into a Uint8Array the string is written as UTF-8.
 *
 * The caller guarantees room for one output unit per input unit still to read (the formatter keeps
 * its buffer that long). UTF-8 needs more for non-ASCII characters: that is checked as they come,
 * and when it runs out the copy stops with `content.stopped = 'room'`, for the caller to grow the
 * buffer and copy the string again. Also notes in `content` whether the string held non-ASCII text.
 */
export function scanCopyString(
  text: string,
  start: number,
  out: OutputBuffer,
  o: number,
  onLoneSurrogate: LoneSurrogateSink | null,
  content: CopiedContent,
): number {
  const len = text.length;
  out[o++] = 0x22;
  let p = start + 1;
  while (p < len) {
    const c = text.charCodeAt(p);
    if (c < 0x80) {
      if (c > 0x22 ? c !== 0x5c : c >= 0x20 && c !== 0x22) {
        out[o++] = c;
        p++;
        continue;
      }
      if (c === 0x22) {
        out[o++] = c;
        content.end = o;
        return p + 1;
      }
      if (c !== 0x5c) return ~p; // a control character
      const e = text.charCodeAt(p + 1);
      let size = 2;
      if (e === 0x75) {
        const unit = readHex4(text, p + 2);
        if (unit < 0) return ~p;
        size = 6;
        if ((unit & 0xf800) === 0xd800) {
          const paired =
            unit < 0xdc00 &&
            text.charCodeAt(p + 6) === 0x5c &&
            text.charCodeAt(p + 7) === 0x75 &&
            (readHex4(text, p + 8) & 0xfc00) === 0xdc00;
          if (paired) size = 12;
          else if (onLoneSurrogate !== null) onLoneSurrogate(p);
        }
      } else if (!(e < 128 && SIMPLE_ESCAPE[e] !== 0)) return ~p;
      // An escape is ASCII text, copied as written.
      for (let i = 0; i < size; i++) out[o++] = text.charCodeAt(p + i);
      p += size;
      continue;
    }

    content.nonAscii = true;
    const next = text.charCodeAt(p + 1);
    const pair = c >= 0xd800 && c < 0xdc00 && (next & 0xfc00) === 0xdc00;
    const lone = !pair && (c & 0xf800) === 0xd800;
    if (lone && onLoneSurrogate !== null) onLoneSurrogate(p);
    if (out instanceof Uint16Array) {
      out[o++] = c;
      if (pair) out[o++] = next;
      p += pair ? 2 : 1;
      continue;
    }
    if (lone) {
      content.stopped = 'lone-surrogate';
      return ~p;
    }
    // UTF-8: two or three bytes for one unit, four for a pair of two: at most two bytes beyond the room
    // kept for the input still to read.
    if (o + 2 + (len - p) > out.length) {
      content.stopped = 'room';
      return ~p;
    }
    if (pair) {
      const point = ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
      out[o++] = 0xf0 | (point >> 18);
      out[o++] = 0x80 | ((point >> 12) & 0x3f);
      out[o++] = 0x80 | ((point >> 6) & 0x3f);
      out[o++] = 0x80 | (point & 0x3f);
      p += 2;
    } else if (c < 0x800) {
      out[o++] = 0xc0 | (c >> 6);
      out[o++] = 0x80 | (c & 0x3f);
      p++;
    } else {
      out[o++] = 0xe0 | (c >> 12);
      out[o++] = 0x80 | ((c >> 6) & 0x3f);
      out[o++] = 0x80 | (c & 0x3f);
      p++;
    }
  }
  return ~len;
}
