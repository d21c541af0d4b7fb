import { decodeJsonString } from '../json/decodeJsonString';
import { findJsonMembers } from '../json/findJsonMembers';
import type { JsonIndex } from './jsonIndex';
import type { JsonSpan } from '../json/jsonSpan.types';
import { skipJsonNumber, skipJsonString } from '../json/skipJsonValue';

/** Property names that usually identify an item, in order of preference. */
export const ARRAY_KEY_CANDIDATES: readonly string[] = ['id', '_id', 'uuid', 'key', 'name'];

/** Share of a side's items that must carry the candidate key before it is trusted ("most items"). */
export const MIN_KEY_COVERAGE = 0.5;

export interface ArrayKeys {
  key: string;
  /** Per item, the identity text of its key value; undefined for items without one. */
  keysA: (string | undefined)[];
  keysB: (string | undefined)[];
}

const isObject = (source: string, item: JsonSpan): boolean => source.charCodeAt(item.start) === 0x7b;

/**
 * The identity of the key value starting at `start`, or undefined (-1: no such member). Numbers keep
 * their source text, so 64-bit ids that JavaScript numbers would merge stay distinct; strings are
 * decoded only when they hold an escape. A number and a string with the same digits are different
 * keys, as they are different values.
 */
function keyTextAt(source: string, start: number): string | undefined {
  if (start < 0) return undefined;
  const c = source.charCodeAt(start);
  if (c === 0x22) {
    const end = skipJsonString(source, start);
    const raw = source.slice(start, end);
    return raw.includes('\\') ? JSON.stringify(decodeJsonString(source, start, end)) : raw;
  }
  if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return source.slice(start, skipJsonNumber(source, start));
  return undefined;
}

interface SideKeys {
  keys: (string | undefined)[];
  covered: number;
  unique: boolean;
}

/** An array's items and, per item, where the members named in `names` start (see ItemsWithMembers). */
export interface ItemMembers {
  source: string;
  items: readonly JsonSpan[];
  names: readonly string[];
  starts: Int32Array;
}

/** The member names chooseArrayKeyByMembers reads: the explicit preference, then the candidates. */
export function keyMemberNames(preference: string): readonly string[] {
  if (preference === 'auto' || preference === 'none') return ARRAY_KEY_CANDIDATES;
  return [preference, ...ARRAY_KEY_CANDIDATES.filter((name) => name !== preference)];
}

/**
 * Per item, where each named member's value starts (-1 when absent), in one pass over the items'
 * members: items with many properties and no usual key cost one scan, not one per candidate.
 */
function memberStarts(source: string, items: readonly JsonSpan[], names: readonly string[]): ItemMembers {
  const starts = new Int32Array(items.length * names.length).fill(-1);
  const found = new Int32Array(names.length);
  items.forEach((item, index) => {
    if (!isObject(source, item)) return;
    findJsonMembers(source, item.start, names, found);
    starts.set(found, index * names.length);
  });
  return { source, items, names, starts };
}

/**
 * memberStarts for array items of an indexed document: the items' members are already located, so
 * only their keys are read, in place (decoded only when they hold an escape).
 */
export function indexedItemMembers(
  index: JsonIndex,
  items: readonly number[],
  names: readonly string[],
): ItemMembers {
  const { source } = index;
  const width = names.length;
  const starts = new Int32Array(items.length * width).fill(-1);
  const spans: JsonSpan[] = new Array<JsonSpan>(items.length);
  for (let n = 0; n < items.length; n++) {
    const item = items[n] as number;
    const start = index.start[item] ?? 0;
    spans[n] = { start, end: index.end[item] ?? 0 };
    if (source.charCodeAt(start) !== 0x7b) continue;
    const end = index.next[item] ?? item;
    for (let member = item + 1; member < end; member = index.next[member] ?? end) {
      const column = nameIndex(source, index.keyAt[member] ?? 0, names);
      if (column >= 0) starts[n * width + column] = index.start[member] ?? -1;
    }
  }
  return { source, items: spans, names, starts };
}

/** Which of `names` the key token at `at` spells (-1: none), reading it in place. */
function nameIndex(source: string, at: number, names: readonly string[]): number {
  let p = at + 1;
  for (let c = source.charCodeAt(p); c !== 0x22; c = source.charCodeAt(++p)) {
    if (c === 0x5c) return names.indexOf(decodeJsonString(source, at, skipJsonString(source, at)));
  }
  const length = p - at - 1;
  for (let k = 0; k < names.length; k++) {
    const name = names[k] as string;
    if (name.length === length && source.startsWith(name, at + 1)) return k;
  }
  return -1;
}

function collectKeys(side: ItemMembers, name: string): SideKeys {
  const width = side.names.length;
  const column = side.names.indexOf(name);
  const seen = new Set<string>();
  let unique = true;
  const keys = side.items.map((_, index) => {
    const text = keyTextAt(side.source, side.starts[index * width + column] ?? -1);
    if (text !== undefined) {
      if (seen.has(text)) unique = false;
      seen.add(text);
    }
    return text;
  });
  return { keys, covered: seen.size, unique };
}

function countPresent(side: ItemMembers, name: string): number {
  const width = side.names.length;
  const column = side.names.indexOf(name);
  let count = 0;
  for (let i = column; i < side.starts.length; i += width) if ((side.starts[i] ?? -1) >= 0) count++;
  return count;
}

const mostItems = (side: SideKeys, length: number): boolean => side.covered > length * MIN_KEY_COVERAGE;

/**
 * Picks the property that identifies the items of two arrays, reading only each item's own members
 * (never parsing nested values). An explicit key is used wherever both arrays have at least one item
 * carrying it (later duplicates then count as unkeyed); otherwise, and for 'auto', the first candidate
 * present with unique values in most items of both arrays wins. 'none' disables matching by key.
 */
export function chooseArrayKey(
  sourceA: string,
  itemsA: readonly JsonSpan[],
  sourceB: string,
  itemsB: readonly JsonSpan[],
  preference: string = 'auto',
): ArrayKeys | undefined {
  if (preference === 'none' || itemsA.length === 0 || itemsB.length === 0) return undefined;
  const names = keyMemberNames(preference);
  return chooseArrayKeyByMembers(
    memberStarts(sourceA, itemsA, names),
    memberStarts(sourceB, itemsB, names),
    preference,
  );
}

/** chooseArrayKey from members already located (names from keyMemberNames(preference)). */
export function chooseArrayKeyByMembers(
  a: ItemMembers,
  b: ItemMembers,
  preference: string = 'auto',
): ArrayKeys | undefined {
  const lengthA = a.items.length;
  const lengthB = b.items.length;
  if (preference === 'none' || lengthA === 0 || lengthB === 0) return undefined;
  if (preference !== 'auto') {
    const keysA = collectKeys(a, preference);
    const keysB = keysA.covered > 0 ? collectKeys(b, preference) : undefined;
    if (keysB && keysB.covered > 0) return { key: preference, keysA: keysA.keys, keysB: keysB.keys };
  }
  if (!isObject(a.source, a.items[0] as JsonSpan) && !isObject(b.source, b.items[0] as JsonSpan)) {
    return undefined;
  }
  for (const key of ARRAY_KEY_CANDIDATES) {
    if (countPresent(a, key) <= lengthA * MIN_KEY_COVERAGE) continue;
    const keysA = collectKeys(a, key);
    if (!keysA.unique || !mostItems(keysA, lengthA)) continue;
    const keysB = collectKeys(b, key);
    if (keysB.unique && mostItems(keysB, lengthB)) return { key, keysA: keysA.keys, keysB: keysB.keys };
  }
  return undefined;
}
