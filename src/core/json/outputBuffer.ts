import { MAX_OUTPUT_LENGTH } from './jsonLimits';

/** Thrown by growOutputBuffer when the output would pass its limit; caught by the scanner. */
export class OutputTooLargeError extends Error {
  constructor() {
    super('output too large');
    this.name = 'OutputTooLargeError';
  }
}

/** Growth factor of the output buffer: fewer copies than doubling would save are not worth the memory. */
const GROWTH = 1.5;

/** Units decoded per String.fromCharCode call on the fallback path (well under argument-count limits). */
const FALLBACK_CHUNK = 8192;

/** An output buffer of UTF-16 units, or of bytes while the output is known to be ASCII. */
export type OutputBuffer = Uint16Array<ArrayBuffer> | Uint8Array<ArrayBuffer>;

/**
 * A copy of `buffer` (its first `used` units kept, same element type) with room for at least
 * `needed` units.
 * @throws OutputTooLargeError past `limit` (MAX_OUTPUT_LENGTH unless the caller sets a lower one)
 */
export function growOutputBuffer<T extends OutputBuffer>(
  buffer: T,
  used: number,
  needed: number,
  limit = MAX_OUTPUT_LENGTH,
): T {
  if (needed > limit) throw new OutputTooLargeError();
  const size = Math.min(limit, Math.max(needed, Math.ceil(buffer.length * GROWTH) + 64));
  const grown = buffer instanceof Uint8Array ? new Uint8Array(size) : new Uint16Array(size);
  grown.set(buffer.subarray(0, used));
  return grown as T;
}

/** The string held in the first `length` bytes of `bytes`, valid UTF-8. */
export function utf8BytesToString(bytes: Uint8Array, length: number): string {
  const decoder = getDecoder('utf-8');
  if (decoder === null) throw new Error('TextDecoder is missing: UTF-8 output cannot be decoded');
  return decoder.decode(bytes.subarray(0, length));
}

const isLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
let utf16Decoder: TextDecoder | null | undefined;
let utf8Decoder: TextDecoder | null | undefined;

/**
 * What a buffer holds, which decides how it is decoded: pure ASCII narrows to bytes and decodes as
 * UTF-8 (several times faster than UTF-16 decoding, and the string takes one byte per character);
 * unpaired surrogates must avoid TextDecoder, which would replace them with U+FFFD.
 */
export type BufferContent = 'ascii' | 'unicode' | 'lone-surrogates';

/** The string held in the first `length` units of `buffer`. */
export function utf16BufferToString(buffer: Uint16Array, length: number, content: BufferContent): string {
  if (content === 'ascii') {
    const decoder = getDecoder('utf-8');
    if (decoder !== null) {
      const bytes = new Uint8Array(length);
      bytes.set(buffer.subarray(0, length));
      return decoder.decode(bytes);
    }
  }
  const decoder = content === 'lone-surrogates' || !isLittleEndian ? null : getDecoder('utf-16le');
  if (decoder !== null) return decoder.decode(buffer.subarray(0, length));
  const parts: string[] = [];
  for (let i = 0; i < length; i += FALLBACK_CHUNK) {
    parts.push(String.fromCharCode(...buffer.subarray(i, Math.min(length, i + FALLBACK_CHUNK))));
  }
  return parts.join('');
}

function getDecoder(encoding: 'utf-8' | 'utf-16le'): TextDecoder | null {
  const cached = encoding === 'utf-8' ? utf8Decoder : utf16Decoder;
  if (cached !== undefined) return cached;
  let decoder: TextDecoder | null;
  try {
    // ignoreBOM keeps a leading U+FEFF in the output instead of silently dropping it.
    decoder = new TextDecoder(encoding, { ignoreBOM: true });
  } catch {
    decoder = null;
  }
  if (encoding === 'utf-8') utf8Decoder = decoder;
  else utf16Decoder = decoder;
  return decoder;
}
