import { decodeJsonString } from '../json/decodeJsonString';
import type { JsonSpan } from '../json/jsonSpan.types';
import { skipJsonNumber, skipJsonString } from '../json/skipJsonValue';
import { skipWhitespace } from '../json/skipWhitespace';

/**
 * A flat index of one JSON document (valid JSON only: validate with validateJson first), built in one
 * pass: every value in document order with its span, the end of its subtree and a hash of its
 * canonical value. The comparison reads children, skips subtrees and tells values apart through it in
 * constant time per value, so even a 200,000-level chain is compared in linear time.
 *
 * The hash is canonical: it ignores whitespace, object key order and string escapes (`"\u0061"` and
 * `"a"` hash alike) and, for duplicate keys, counts only the last occurrence (as JSON.parse reads
 * them); number text counts (`1.0` and `1` differ). Equal values always hash alike; values that hash
 * alike are confirmed equal with sameJsonValue before anything relies on it.
 */
export interface JsonIndex {
  source: string;
  /** Number of values. Value 0 is the root; children follow their parent. */
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Index of the first value after this value's subtree (i + 1 for scalars and empty containers). */
  next: Int32Array;
  /** For object members: offset of the key's opening quote; -1 for array items and the root. */
  keyAt: Int32Array;
  /** Two 32-bit lanes per value: hash[2i] and hash[2i + 1]. */
  hash: Int32Array;
}

/** Called with the share of the document indexed so far, every PROGRESS_STEP characters or so. */
export type ProgressSink = (done: number) => void;

/** How often, in characters of source, the index reports progress. */
const PROGRESS_STEP = 1 << 20;
/** Objects with up to this many members find duplicate keys by comparing hashes pairwise. */
const SMALL_OBJECT = 16;

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Seeds that keep a string, a number, a key and a literal with the same characters apart. */
const SEED_STRING = 0x2f6b7a31;
const SEED_NUMBER = 0x6c8e9cf5;
const SEED_LITERAL = 0x1b873593;
const SEED_ARRAY = 0x3c6ef372;
const SEED_OBJECT = 0x5be0cd19;

/** murmur3's finaliser: spreads every input bit over the whole word. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Hashes of characters [from, to) of `text` into two independent lanes. */
function hashChars(text: string, from: number, to: number, seed: number, out: Int32Array, at: number): void {
  let h1 = seed;
  let h2 = ~seed;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 + c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  out[at] = mix(h1 ^ (to - from));
  out[at + 1] = mix(h2 + (to - from));
}

/**
 * Hashes the string token opening at `start` by its decoded value, in the same pass that finds its
 * end (returned). Escapes are resolved only for the rare strings that hold one.
 */
function hashStringToken(text: string, start: number, out: Int32Array, at: number): number {
  let h1 = SEED_STRING;
  let h2 = ~SEED_STRING;
  let p = start + 1;
  for (;;) {
    const c = text.charCodeAt(p);
    if (c === QUOTE) break;
    if (c === BACKSLASH || p >= text.length) {
      const end = skipJsonString(text, start);
      const decoded = decodeJsonString(text, start, end);
      hashChars(decoded, 0, decoded.length, SEED_STRING, out, at);
      return end;
    }
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 + c, 0x5bd1e995) ^ (h2 >>> 15);
    p++;
  }
  const length = p - start - 1;
  out[at] = mix(h1 ^ length);
  out[at + 1] = mix(h2 + length);
  return p + 1;
}

interface Frame {
  index: number;
  isObject: boolean;
  /** Running hash lanes (arrays) or position of the first member record in `members` (objects). */
  h1: number;
  h2: number;
  items: number;
  memberBase: number;
  /** Objects: the hash of the key of the member being read. */
  k1: number;
  k2: number;
}

/** Per open object, its members' [keyHash1, keyHash2, contribution1, contribution2], stacked. */
class MemberStack {
  data = new Int32Array(256);
  top = 0;

  push(k1: number, k2: number, c1: number, c2: number): void {
    if (this.top + 4 > this.data.length) {
      const larger = new Int32Array(this.data.length * 2);
      larger.set(this.data);
      this.data = larger;
    }
    this.data[this.top++] = k1;
    this.data[this.top++] = k2;
    this.data[this.top++] = c1;
    this.data[this.top++] = c2;
  }

  /** Order-independent hash of the members from `base` up; a key seen again replaces the earlier one. */
  popObject(base: number, out: Int32Array, at: number): void {
    const d = this.data;
    const count = (this.top - base) / 4;
    let s1 = 0;
    let s2 = 0;
    let distinct = 0;
    const later = count > SMALL_OBJECT ? laterKeys(d, base, this.top) : undefined;
    for (let m = base; m < this.top; m += 4) {
      const k1 = d[m] ?? 0;
      const k2 = d[m + 1] ?? 0;
      let overridden = false;
      if (later !== undefined) overridden = (later.get(k1) ?? []).some((n) => n > m && d[n + 1] === k2);
      else {
        for (let n = m + 4; n < this.top && !overridden; n += 4) overridden = d[n] === k1 && d[n + 1] === k2;
      }
      if (overridden) continue;
      distinct++;
      s1 = (s1 + (d[m + 2] ?? 0)) | 0;
      const c2 = d[m + 3] ?? 0;
      s2 = (s2 + Math.imul(c2 ^ (c2 >>> 16), 0x27d4eb2d)) | 0;
    }
    this.top = base;
    out[at] = mix(s1 ^ SEED_OBJECT ^ Math.imul(distinct, 0x9e3779b1));
    out[at + 1] = mix(s2 + SEED_OBJECT + distinct);
  }
}

/** For big objects: where each first-lane key hash occurs, to find duplicate keys in linear time. */
function laterKeys(d: Int32Array, base: number, top: number): Map<number, number[]> {
  const positions = new Map<number, number[]>();
  for (let m = base; m < top; m += 4) {
    const k1 = d[m] ?? 0;
    const list = positions.get(k1);
    if (list) list.push(m);
    else positions.set(k1, [m]);
  }
  return positions;
}

class Growable {
  start: Int32Array;
  end: Int32Array;
  next: Int32Array;
  keyAt: Int32Array;
  hash: Int32Array;

  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.keyAt = new Int32Array(capacity);
    this.hash = new Int32Array(capacity * 2);
  }

  ensure(count: number): void {
    if (count < this.start.length) return;
    const size = this.start.length * 2;
    const grow = (array: Int32Array, length: number): Int32Array => {
      const larger = new Int32Array(length);
      larger.set(array);
      return larger;
    };
    this.start = grow(this.start, size);
    this.end = grow(this.end, size);
    this.next = grow(this.next, size);
    this.keyAt = grow(this.keyAt, size);
    this.hash = grow(this.hash, size * 2);
  }
}

export interface IndexOptions {
  /** Hash arrays as multisets (item order does not count), for comparisons that ignore array order. */
  unorderedArrays?: boolean;
  onProgress?: ProgressSink;
}

/**
 * Indexes the value at `root` of `source`, which must be valid JSON. Iterative: any nesting depth.
 */
export function indexJson(source: string, root: JsonSpan, options: IndexOptions = {}): JsonIndex {
  const { unorderedArrays = false, onProgress } = options;
  // About one value per 8 characters in API JSON; the arrays double when that guess is short.
  const t = new Growable(Math.max(16, Math.ceil((root.end - root.start) / 8)));
  const members = new MemberStack();
  const keyHash = new Int32Array(2);
  const stack: Frame[] = [];
  let count = 0;
  let p = root.start;
  let pendingKey = -1;
  let nextReport = p + PROGRESS_STEP;

  for (;;) {
    // A value starts at p (after its key, for an object member).
    t.ensure(count + 1);
    const index = count++;
    t.start[index] = p;
    t.keyAt[index] = pendingKey;
    const c = source.charCodeAt(p);
    let closed = -1;
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      const isObject = c === OPEN_OBJECT;
      const frame: Frame = {
        index,
        isObject,
        h1: SEED_ARRAY,
        h2: ~SEED_ARRAY,
        items: 0,
        memberBase: members.top,
        k1: 0,
        k2: 0,
      };
      stack.push(frame);
      p = skipWhitespace(source, p + 1);
      if (source.charCodeAt(p) === (isObject ? 0x7d : 0x5d)) {
        closed = p + 1;
      } else {
        pendingKey = isObject ? p : -1;
        if (isObject) p = readKey(source, p, frame, keyHash);
        continue;
      }
    } else {
      const end = hashScalar(source, p, c, t.hash, index * 2);
      t.end[index] = end;
      t.next[index] = index + 1;
      p = end;
    }

    // Close every container that ends here, folding each finished value into its parent.
    let finished = index;
    for (;;) {
      if (closed >= 0) {
        const frame = stack.pop() as Frame;
        finished = frame.index;
        t.end[finished] = closed;
        t.next[finished] = count;
        if (frame.isObject) members.popObject(frame.memberBase, t.hash, finished * 2);
        else {
          t.hash[finished * 2] = mix(frame.h1 ^ Math.imul(frame.items, 0x9e3779b1));
          t.hash[finished * 2 + 1] = mix(frame.h2 + frame.items);
        }
        p = closed;
        closed = -1;
      }
      const parent = stack[stack.length - 1];
      if (parent === undefined) {
        onProgress?.(1);
        return {
          source,
          count,
          start: t.start.subarray(0, count),
          end: t.end.subarray(0, count),
          next: t.next.subarray(0, count),
          keyAt: t.keyAt.subarray(0, count),
          hash: t.hash.subarray(0, count * 2),
        };
      }
      const v1 = t.hash[finished * 2] ?? 0;
      const v2 = t.hash[finished * 2 + 1] ?? 0;
      if (parent.isObject) {
        const { k1, k2 } = parent;
        members.push(k1, k2, mix(Math.imul(k1, 0x2545f491) ^ v1), mix(k2 + Math.imul(v2, 0x1b873593)));
      } else if (unorderedArrays) {
        parent.h1 = (parent.h1 + mix(v1 ^ 0x7f4a7c15)) | 0;
        parent.h2 = (parent.h2 + mix(v2 + 0x1b873593)) | 0;
        parent.items++;
      } else {
        parent.h1 = Math.imul(parent.h1 ^ v1, 0x01000193) + 0x7f4a7c15;
        parent.h2 = Math.imul(parent.h2 + v2, 0x5bd1e995) ^ (parent.h2 >>> 15);
        parent.items++;
      }
      p = skipWhitespace(source, p);
      if (source.charCodeAt(p) !== 0x2c) {
        closed = p + 1;
        continue;
      }
      p = skipWhitespace(source, p + 1);
      pendingKey = parent.isObject ? p : -1;
      if (parent.isObject) p = readKey(source, p, parent, keyHash);
      break;
    }
    if (onProgress && p >= nextReport) {
      onProgress((p - root.start) / Math.max(1, root.end - root.start));
      nextReport = p + PROGRESS_STEP;
    }
  }
}

/** Hashes the key opening at `keyStart` into the frame; returns where the member's value starts. */
function readKey(source: string, keyStart: number, frame: Frame, scratch: Int32Array): number {
  const keyEnd = hashStringToken(source, keyStart, scratch, 0);
  frame.k1 = scratch[0] ?? 0;
  frame.k2 = scratch[1] ?? 0;
  return skipWhitespace(source, skipWhitespace(source, keyEnd) + 1);
}

/** Hashes the scalar at `p` (first character `c`) into out[at], out[at + 1]; returns where it ends. */
function hashScalar(source: string, p: number, c: number, out: Int32Array, at: number): number {
  if (c === QUOTE) return hashStringToken(source, p, out, at);
  if (c === 0x74 || c === 0x6e || c === 0x66) {
    out[at] = mix(SEED_LITERAL ^ c);
    out[at + 1] = mix(~SEED_LITERAL + c);
    return p + (c === 0x66 ? 5 : 4); // false; true, null
  }
  const end = skipJsonNumber(source, p);
  hashChars(source, p, end, SEED_NUMBER, out, at);
  return end;
}
