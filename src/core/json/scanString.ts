import { readHex4, SIMPLE_ESCAPE } from './jsonCharTables';

/** Told the offset of each unpaired UTF-16 surrogate (raw, or as a `\u` escape) found in a string. */
export type LoneSurrogateSink = (offset: number) => void;

/**
 * Validates the string token whose opening quote is at `start` (RFC 8259 §7) without decoding it.
 *
 * Returns the offset just after the closing quote, or `~offset` (a negative number) of the first
 * problem: a raw control character, a bad escape (offset of its backslash) or the end of the text.
 * Callers explain the problem later from the text itself, so the hot loop carries no error state.
 */
export function scanString(text: string, start: number, onLoneSurrogate: LoneSurrogateSink | null): number {
  // The usual string, printable ASCII and BMP characters only, in a loop small enough for V8 to inline.
  const len = text.length;
  let p = start + 1;
  let c = text.charCodeAt(p);
  while (c > 0x22 && c !== 0x5c && c < 0xd800) c = text.charCodeAt(++p);
  if (c === 0x22) return p + 1;
  return scanStringFrom(text, p, len, onLoneSurrogate);
}

/** scanString's general loop, from offset `p` inside the string: escapes, surrogates, errors. */
function scanStringFrom(
  text: string,
  p: number,
  len: number,
  onLoneSurrogate: LoneSurrogateSink | null,
): number {
  while (p < len) {
    const c = text.charCodeAt(p);
    // Most characters: printable, not a quote, backslash or surrogate.
    if (c > 0x22 && c !== 0x5c && c < 0xd800) {
      p++;
      continue;
    }
    if (c === 0x22) return p + 1;
    if (c === 0x5c) {
      const e = text.charCodeAt(p + 1);
      if (e === 0x75) {
        const unit = readHex4(text, p + 2);
        if (unit < 0) return ~p;
        if ((unit & 0xf800) === 0xd800) {
          const paired =
            unit < 0xdc00 &&
            text.charCodeAt(p + 6) === 0x5c &&
            text.charCodeAt(p + 7) === 0x75 &&
            (readHex4(text, p + 8) & 0xfc00) === 0xdc00;
          if (paired) {
            p += 12;
            continue;
          }
          if (onLoneSurrogate !== null) onLoneSurrogate(p);
        }
        p += 6;
        continue;
      }
      if (e < 128 && SIMPLE_ESCAPE[e] !== 0) {
        p += 2;
        continue;
      }
      return ~p;
    }
    if (c < 0x20) return ~p;
    if ((c & 0xf800) === 0xd800) {
      if (c < 0xdc00 && (text.charCodeAt(p + 1) & 0xfc00) === 0xdc00) {
        p += 2;
        continue;
      }
      if (onLoneSurrogate !== null) onLoneSurrogate(p);
    }
    p++;
  }
  return ~len;
}
