import { decodeJsonString } from '../json/decodeJsonString';
import type { JsonNode } from '../json/jsonTree.types';

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

/**
 * The identity of an item's key value, or undefined. Numbers keep their source text, so 64-bit ids that
 * JavaScript numbers would merge stay distinct; strings are decoded only when they hold an escape.
 * A number and a string with the same digits are different keys, as they are different values.
 */
export function itemKeyText(source: string, item: JsonNode, key: string): string | undefined {
  if (item.type !== 'object') return undefined;
  let value: JsonNode | undefined;
  for (const entry of item.entries) if (entry.key === key) value = entry.value;
  if (value === undefined) return undefined;
  if (value.type === 'number') return source.slice(value.start, value.end);
  if (value.type !== 'string') return undefined;
  const raw = source.slice(value.start, value.end);
  return raw.includes('\\') ? JSON.stringify(decodeJsonString(source, value.start, value.end)) : raw;
}

interface SideKeys {
  keys: (string | undefined)[];
  covered: number;
  unique: boolean;
}

function collectKeys(source: string, items: readonly JsonNode[], key: string): SideKeys {
  const seen = new Set<string>();
  let unique = true;
  const keys = items.map((item) => {
    const text = itemKeyText(source, item, key);
    if (text !== undefined) {
      if (seen.has(text)) unique = false;
      seen.add(text);
    }
    return text;
  });
  return { keys, covered: seen.size, unique };
}

/**
 * How many items carry each candidate, in one pass over their entries: items with many properties and
 * no usual key then cost one scan, not one per candidate.
 */
function countCandidates(items: readonly JsonNode[]): number[] {
  const counts = ARRAY_KEY_CANDIDATES.map(() => 0);
  for (const item of items) {
    if (item.type !== 'object') continue;
    for (const entry of item.entries) {
      const index = ARRAY_KEY_CANDIDATES.indexOf(entry.key);
      if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
    }
  }
  return counts;
}

const mostItems = (side: SideKeys, length: number): boolean => side.covered > length * MIN_KEY_COVERAGE;

/**
 * Picks the property that identifies the items of two arrays, reading only each item's own entries.
 * An explicit key is used wherever both arrays have at least one item carrying it (later duplicates then
 * count as unkeyed); otherwise, and for 'auto', the first candidate present with unique values in most
 * items of both arrays wins. 'none' disables matching by key.
 */
export function chooseArrayKey(
  sourceA: string,
  itemsA: readonly JsonNode[],
  sourceB: string,
  itemsB: readonly JsonNode[],
  preference: string = 'auto',
): ArrayKeys | undefined {
  if (preference === 'none' || itemsA.length === 0 || itemsB.length === 0) return undefined;
  if (preference !== 'auto') {
    const a = collectKeys(sourceA, itemsA, preference);
    const b = a.covered > 0 ? collectKeys(sourceB, itemsB, preference) : undefined;
    if (b && b.covered > 0) return { key: preference, keysA: a.keys, keysB: b.keys };
  }
  const firstA = itemsA[0];
  const firstB = itemsB[0];
  if (firstA?.type !== 'object' && firstB?.type !== 'object') return undefined;
  const present = countCandidates(itemsA);
  for (const [index, key] of ARRAY_KEY_CANDIDATES.entries()) {
    if ((present[index] ?? 0) <= itemsA.length * MIN_KEY_COVERAGE) continue;
    const a = collectKeys(sourceA, itemsA, key);
    if (!a.unique || !mostItems(a, itemsA.length)) continue;
    const b = collectKeys(sourceB, itemsB, key);
    if (b.unique && mostItems(b, itemsB.length)) return { key, keysA: a.keys, keysB: b.keys };
  }
  return undefined;
}
