import { decodeJsonString } from '../json/decodeJsonString';
import type { JsonIndex } from './jsonIndex';

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const QUOTE = 0x22;

/** The first character of a value: `{`, `[`, `"`, `t`, `f`, `n`, or a digit or `-` for numbers. */
export const kindOf = (index: JsonIndex, value: number): number =>
  index.source.charCodeAt(index.start[value] ?? 0);

export const textOf = (index: JsonIndex, value: number): string =>
  index.source.slice(index.start[value] ?? 0, index.end[value] ?? 0);

/** The children of a container (object members or array items), in source order. */
export function childrenOf(index: JsonIndex, container: number): number[] {
  const children: number[] = [];
  const end = index.next[container] ?? 0;
  for (let child = container + 1; child < end; child = index.next[child] ?? end) children.push(child);
  return children;
}

/** The decoded key of an object member. */
export function keyOf(index: JsonIndex, member: number): string {
  const at = index.keyAt[member] ?? 0;
  const source = index.source;
  let p = at + 1;
  let escaped = false;
  for (let c = source.charCodeAt(p); c !== QUOTE; c = source.charCodeAt(++p)) {
    if (c === 0x5c) {
      escaped = true;
      p++;
    }
  }
  return escaped ? decodeJsonString(source, at, p + 1) : source.slice(at + 1, p);
}

/** An object's members by decoded key; a repeated key keeps its last value, as JSON.parse does. */
export function membersByKey(index: JsonIndex, object: number): Map<string, number> {
  const map = new Map<string, number>();
  for (const member of childrenOf(index, object)) map.set(keyOf(index, member), member);
  return map;
}

/** Pairs each item of A with an unpaired item of B that has the same hash (for multiset equality). */
function pairByHash(
  a: JsonIndex,
  itemsA: number[],
  b: JsonIndex,
  itemsB: number[],
  pending: number[],
): boolean {
  const byHash = new Map<string, number[]>();
  for (const item of itemsB) {
    const key = `${b.hash[2 * item]},${b.hash[2 * item + 1]}`;
    const list = byHash.get(key);
    if (list) list.push(item);
    else byHash.set(key, [item]);
  }
  for (const item of itemsA) {
    const other = byHash.get(`${a.hash[2 * item]},${a.hash[2 * item + 1]}`)?.pop();
    if (other === undefined) return false;
    pending.push(item, other);
  }
  return true;
}

export const sameHash = (a: JsonIndex, i: number, b: JsonIndex, j: number): boolean =>
  a.hash[2 * i] === b.hash[2 * j] && a.hash[2 * i + 1] === b.hash[2 * j + 1];

/**
 * Whether two values are equal as JSON: whitespace, key order and string escapes do not count,
 * number text does, and a repeated key counts by its last value. Values written identically are
 * equal at once; otherwise both subtrees are walked (iteratively) once. Different hashes prove a
 * difference without reading anything. With `unorderedArrays` (indexes built with it too), arrays
 * are equal when they hold the same items in any order.
 */
export function sameJsonValue(
  a: JsonIndex,
  i: number,
  b: JsonIndex,
  j: number,
  unorderedArrays = false,
): boolean {
  const pending = [i, j];
  while (pending.length > 0) {
    const y = pending.pop() as number;
    const x = pending.pop() as number;
    if (!sameHash(a, x, b, y)) return false;
    const lengthA = (a.end[x] ?? 0) - (a.start[x] ?? 0);
    const lengthB = (b.end[y] ?? 0) - (b.start[y] ?? 0);
    if (lengthA === lengthB && textOf(a, x) === textOf(b, y)) continue;
    const kind = kindOf(a, x);
    if (kind !== kindOf(b, y)) return false;
    if (kind === QUOTE) {
      const sa = a.source;
      const sb = b.source;
      if (
        decodeJsonString(sa, a.start[x] ?? 0, a.end[x] ?? 0) !==
        decodeJsonString(sb, b.start[y] ?? 0, b.end[y] ?? 0)
      )
        return false;
    } else if (kind === OPEN_ARRAY) {
      const itemsA = childrenOf(a, x);
      const itemsB = childrenOf(b, y);
      if (itemsA.length !== itemsB.length) return false;
      if (!unorderedArrays) itemsA.forEach((item, k) => pending.push(item, itemsB[k] as number));
      else if (!pairByHash(a, itemsA, b, itemsB, pending)) return false;
    } else if (kind === OPEN_OBJECT) {
      const membersA = membersByKey(a, x);
      const membersB = membersByKey(b, y);
      if (membersA.size !== membersB.size) return false;
      for (const [key, member] of membersA) {
        const other = membersB.get(key);
        if (other === undefined) return false;
        pending.push(member, other);
      }
    } else {
      // Numbers and literals: the text is the value, and the texts differ.
      return false;
    }
  }
  return true;
}
