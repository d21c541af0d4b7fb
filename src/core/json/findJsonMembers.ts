import { decodeJsonString } from './decodeJsonString';
import { skipJsonValue } from './skipJsonValue';
import { skipWhitespace } from './skipWhitespace';

/**
 * Finds the values of a few named members of one object in valid JSON (validate first with validateJson)
 * without building anything: for each name, `found[i]` becomes the start offset of its value, or -1.
 * When a name occurs twice the last occurrence wins, as with JSON.parse.
 *
 * This is what lets array alignment read only each item's identifying key (`id`...) instead of
 * parsing every item. Keys are compared as written and decoded only when they contain an escape.
 */
export function findJsonMembers(
  text: string,
  objectStart: number,
  names: readonly string[],
  found: Int32Array,
): void {
  found.fill(-1);
  let p = skipWhitespace(text, objectStart + 1);
  if (text.charCodeAt(p) === 0x7d) return;
  for (;;) {
    // The key token, noting whether it holds an escape.
    const keyStart = p + 1;
    let escaped = false;
    let c = text.charCodeAt(++p);
    while (c !== 0x22 && p < text.length) {
      if (c === 0x5c) {
        escaped = true;
        p++;
      }
      c = text.charCodeAt(++p);
    }
    const keyEnd = p;
    const valueStart = skipWhitespace(text, skipWhitespace(text, keyEnd + 1) + 1);
    const index = escaped
      ? names.indexOf(decodeJsonString(text, keyStart - 1, keyEnd + 1))
      : indexOfRawKey(text, keyStart, keyEnd, names);
    if (index >= 0) found[index] = valueStart;
    p = skipWhitespace(text, skipJsonValue(text, valueStart));
    if (text.charCodeAt(p) !== 0x2c) return;
    p = skipWhitespace(text, p + 1);
  }
}

function indexOfRawKey(text: string, start: number, end: number, names: readonly string[]): number {
  const length = end - start;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    if (name.length === length && text.startsWith(name, start)) return i;
  }
  return -1;
}
