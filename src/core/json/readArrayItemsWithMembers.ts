import type { JsonSpan } from './jsonSpan.types';
import { findJsonMembersUntilEnd } from './findJsonMembers';
import { skipJsonValue } from './skipJsonValue';
import { skipWhitespace } from './skipWhitespace';

/** An array's items, and for each object item where a few named members' values start. */
export interface ItemsWithMembers {
  items: JsonSpan[];
  /** `starts[item * names.length + n]`: start of item's member `names[n]` (last occurrence), or -1. */
  starts: Int32Array;
}

/**
 * readArrayItems and findJsonMembers fused into one pass over valid JSON: walking an object item's
 * members both finds the named ones (array keys such as `id`) and reaches the item's end, so large
 * arrays of objects are read once instead of twice (closeAt: see skipJsonValue).
 */
export function readArrayItemsWithMembers(
  text: string,
  array: JsonSpan,
  names: readonly string[],
  closeAt: Int32Array | null = null,
): ItemsWithMembers {
  const items: JsonSpan[] = [];
  const found = new Int32Array(names.length);
  let starts: Int32Array = new Int32Array(0);
  let p = skipWhitespace(text, array.start + 1);
  if (text.charCodeAt(p) !== 0x5d) {
    for (;;) {
      if (items.length * names.length >= starts.length) starts = grow(starts, names.length);
      let end: number;
      if (text.charCodeAt(p) === 0x7b) {
        end = findJsonMembersUntilEnd(text, p, names, found, closeAt);
        starts.set(found, items.length * names.length);
      } else {
        end = skipJsonValue(text, p, closeAt);
        starts.fill(-1, items.length * names.length, (items.length + 1) * names.length);
      }
      items.push({ start: p, end });
      p = skipWhitespace(text, end);
      if (text.charCodeAt(p) !== 0x2c) break;
      p = skipWhitespace(text, p + 1);
    }
  }
  return { items, starts: starts.subarray(0, items.length * names.length) };
}

function grow(starts: Int32Array, width: number): Int32Array {
  const larger = new Int32Array(Math.max(64 * width, starts.length * 2));
  larger.set(starts);
  return larger;
}
