import { decodeJsonString } from './decodeJsonString';
import type { JsonSpan } from './jsonSpan.types';
import { skipJsonString, skipJsonValue } from './skipJsonValue';
import { skipWhitespace } from './skipWhitespace';

/** One member of an object read shallowly: the decoded key and where its value is. */
export interface JsonMemberSpan {
  key: string;
  value: JsonSpan;
}

/**
 * Lazy, one-level reading of valid JSON (validate first with validateJson): only the immediate children of
 * a container are located, nested values are skipped over without building anything. A comparison can
 * then descend only into children whose texts differ, instead of parsing whole documents into trees.
 */

/**
 * The span of the document's single value: after a byte order mark and whitespace, up to the last
 * character that is not whitespace. Valid JSON ends with its value, so nothing in between is read.
 */
export function jsonRootSpan(text: string): JsonSpan {
  const start = skipWhitespace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  let end = text.length;
  for (let c = text.charCodeAt(end - 1); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;) {
    c = text.charCodeAt(--end - 1);
  }
  return { start, end: Math.max(start, end) };
}

/** The items of the array whose `[` is at `array.start`. */
export function readArrayItems(text: string, array: JsonSpan): JsonSpan[] {
  const items: JsonSpan[] = [];
  let p = skipWhitespace(text, array.start + 1);
  if (text.charCodeAt(p) === 0x5d) return items;
  for (;;) {
    const end = skipJsonValue(text, p);
    items.push({ start: p, end });
    p = skipWhitespace(text, end);
    if (text.charCodeAt(p) !== 0x2c) return items;
    p = skipWhitespace(text, p + 1);
  }
}

/** The members of the object whose `{` is at `object.start`, in source order, duplicates included. */
export function readObjectMembers(text: string, object: JsonSpan): JsonMemberSpan[] {
  const members: JsonMemberSpan[] = [];
  let p = skipWhitespace(text, object.start + 1);
  if (text.charCodeAt(p) === 0x7d) return members;
  for (;;) {
    const keyEnd = skipJsonString(text, p);
    const key = decodeJsonString(text, p, keyEnd);
    const start = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1);
    const end = skipJsonValue(text, start);
    members.push({ key, value: { start, end } });
    p = skipWhitespace(text, end);
    if (text.charCodeAt(p) !== 0x2c) return members;
    p = skipWhitespace(text, p + 1);
  }
}
