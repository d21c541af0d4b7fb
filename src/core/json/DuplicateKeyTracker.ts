import { decodeJsonString } from './decodeJsonString';
import { SMALL_OBJECT_KEYS } from './jsonLimits';

/**
 * Finds repeated keys in each open object while the scanner walks the text, in linear time.
 *
 * Keys of all open objects sit on flat stacks (innermost object last) as source spans with a hash of
 * their decoded text, so small objects need no allocation. An object that grows past
 * SMALL_OBJECT_KEYS moves its keys into a Map. Keys are compared decoded: "a" and "\u0061" are the same.
 */
export class DuplicateKeyTracker {
  private starts: number[] = [];
  private ends: number[] = [];
  private hashes: number[] = [];
  private used = 0;
  /** Per open object: index of its first key in the flat stacks, and its Map once it is large. */
  private bases: number[] = [];
  private maps: (Map<string, number> | null)[] = [];
  private depth = 0;

  enterObject(): void {
    this.bases[this.depth] = this.used;
    this.maps[this.depth] = null;
    this.depth++;
  }

  leaveObject(): void {
    this.depth--;
    this.used = this.bases[this.depth] ?? 0;
    this.maps[this.depth] = null;
  }

  /**
   * Records the key token `text.slice(start, end)` (quotes included) of the innermost open object.
   * Returns the offset of the first earlier key with the same decoded text, or -1.
   */
  add(text: string, start: number, end: number): number {
    const level = this.depth - 1;
    const map = this.maps[level] ?? null;
    if (map !== null) {
      const key = decodeJsonString(text, start, end);
      const first = map.get(key);
      if (first !== undefined) return first;
      map.set(key, start);
      return -1;
    }
    const hash = hashKey(text, start, end);
    const base = this.bases[level] ?? 0;
    for (let i = base; i < this.used; i++) {
      if (this.hashes[i] === hash && sameKey(text, this.starts[i] ?? 0, this.ends[i] ?? 0, start, end)) {
        return this.starts[i] ?? -1;
      }
    }
    const slot = this.used++;
    this.starts[slot] = start;
    this.ends[slot] = end;
    this.hashes[slot] = hash;
    if (this.used - base > SMALL_OBJECT_KEYS) this.maps[level] = this.toMap(text, base);
    return -1;
  }

  private toMap(text: string, base: number): Map<string, number> {
    const map = new Map<string, number>();
    for (let i = base; i < this.used; i++) {
      const start = this.starts[i] ?? 0;
      map.set(decodeJsonString(text, start, this.ends[i] ?? 0), start);
    }
    // Its keys now live in the Map only.
    this.used = base;
    return map;
  }
}

/** A hash of the key's decoded text, computed on the raw text when it has no escapes (the usual case). */
function hashKey(text: string, start: number, end: number): number {
  let hash = 0;
  for (let p = start + 1; p < end - 1; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x5c) return hashString(decodeJsonString(text, start, end));
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  return hash;
}

function hashString(value: string): number {
  let hash = 0;
  for (let i = 0; i < value.length; i++) hash = (Math.imul(hash, 31) + value.charCodeAt(i)) | 0;
  return hash;
}

function sameKey(text: string, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart === bEnd - bStart) {
    let p = 0;
    while (aStart + p < aEnd && text.charCodeAt(aStart + p) === text.charCodeAt(bStart + p)) p++;
    if (aStart + p === aEnd) return true;
  }
  const escaped = hasBackslash(text, aStart, aEnd) || hasBackslash(text, bStart, bEnd);
  return escaped && decodeJsonString(text, aStart, aEnd) === decodeJsonString(text, bStart, bEnd);
}

function hasBackslash(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) if (text.charCodeAt(p) === 0x5c) return true;
  return false;
}
