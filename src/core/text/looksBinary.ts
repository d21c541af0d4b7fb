import { BINARY_CHARACTER_RATIO, SNIFF_LENGTH } from '../http/limits';

const REPLACEMENT_CHARACTER = 0xfffd;

/**
 * NUL characters, or many control or U+FFFD characters (bytes that did not decode), within the first
 * `length` characters from `from`: what binary data looks like once it has been read as text.
 */
export function looksBinary(text: string, from = 0, length = SNIFF_LENGTH): boolean {
  const end = Math.min(text.length, from + length);
  let odd = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    const control = c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27;
    if (control || c === 127 || c === REPLACEMENT_CHARACTER) odd++;
  }
  return end > from && odd / (end - from) > BINARY_CHARACTER_RATIO;
}
