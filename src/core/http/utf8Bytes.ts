/**
 * Content-Length and chunk sizes count bytes, while a pasted body is UTF-16 text. These helpers count
 * its UTF-8 bytes (a lone surrogate counts as the 3 bytes of U+FFFD, as TextEncoder would write it).
 * `lfAsCrlf` counts a bare LF as two bytes: a browser textarea turns CRLF into LF, so the bytes on the
 * wire may have been CRLF.
 */

const LF = 10;
const CR = 13;

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

export function utf8ByteLength(text: string, start = 0, end = text.length): number {
  let bytes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (isHighSurrogate(c) && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** LFs not preceded by a CR: each would add one byte had the line ends been CRLF. */
export function countBareLf(text: string, start = 0, end = text.length): number {
  let count = 0;
  let from = start;
  for (;;) {
    const i = text.indexOf('\n', from);
    if (i < 0 || i >= end) return count;
    if (i === 0 || text.charCodeAt(i - 1) !== CR) count++;
    from = i + 1;
  }
}

/**
 * The index reached after `bytes` UTF-8 bytes from `from`; -1 when the text ends first. Landing inside
 * a multi-byte character rounds up to the character's end.
 */
export function advanceUtf8Bytes(text: string, from: number, bytes: number, lfAsCrlf: boolean): number {
  let remaining = bytes;
  let i = from;
  while (remaining > 0) {
    if (i >= text.length) return -1;
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      remaining -= lfAsCrlf && c === LF && (i === 0 || text.charCodeAt(i - 1) !== CR) ? 2 : 1;
      i++;
    } else if (c < 0x800) {
      remaining -= 2;
      i++;
    } else if (isHighSurrogate(c) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      remaining -= 4;
      i += 2;
    } else {
      remaining -= 3;
      i++;
    }
  }
  return i;
}
