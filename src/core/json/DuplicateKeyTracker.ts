import { decodeJsonString } from './decodeJsonString';
import { SMALL_OBJECT_KEYS } from './jsonLimits';
import { scanString, type LoneSurrogateSink } from './scanString';

/**
 * Finds repeated keys in each open object while the scanner walks the text, in linear time.
 *
 * Keys of all open objects sit on flat stacks (innermost object last) as source spans with a hash of
 * their decoded text, so small objects need no allocation. Each open object also keeps a 64-bit filter
 * of its key hashes: a key whose bit is not set is new, so most keys are never compared at all. An
 * object that grows past SMALL_OBJECT_KEYS moves its keys into a Map. Keys are compared decoded: "a"
 * and "\u0061" are the same.
 */
export class DuplicateKeyTracker {
  private starts: number[] = [];
  private ends: number[] = [];
  private hashes: number[] = [];
  private used = 0;
  /** Per open object: index of its first key in the flat stacks, its filter, and its Map once large. */
  private bases: number[] = [];
  private lowBits: number[] = [];
  private highBits: number[] = [];
  private maps: (Map<string, number> | null)[] = [];
  private depth = 0;
  /** The key scanKey read last, and its hash. */
  private scannedStart = -1;
  private scannedHash = 0;

  /** Forgets every open object, so one tracker can serve many scans. */
  reset(): void {
    this.scannedStart = -1;
    this.used = 0;
    this.depth = 0;
    this.maps.fill(null);
  }

  enterObject(): void {
    const level = this.depth++;
    this.bases[level] = this.used;
    this.lowBits[level] = 0;
    this.highBits[level] = 0;
    this.maps[level] = null;
  }

  leaveObject(): void {
    this.depth--;
    this.used = this.bases[this.depth] ?? 0;
    this.maps[this.depth] = null;
  }

  /**
   * Validates the key token whose opening quote is at `start` exactly as scanString does (same
   * result), hashing it on the way, so that add() need not read the key a second time.
   */
  scanKey(text: string, start: number, onLoneSurrogate: LoneSurrogateSink | null): number {
    const len = text.length;
    let hash = 0;
    for (let p = start + 1; p < len; p++) {
      const c = text.charCodeAt(p);
      if (c > 0x22 && c !== 0x5c && c < 0xd800) hash = (Math.imul(hash, 31) + c) | 0;
      else if (c === 0x22) {
        this.scannedStart = start;
        this.scannedHash = mixHash(hash);
        return p + 1;
      } else break;
    }
    // Escapes, surrogates, control characters, the end of the text: the general scanner decides.
    this.scannedStart = -1;
    return scanString(text, start, onLoneSurrogate);
  }

  /**
   * Records the key token `text.slice(start, end)` (quotes included) of the innermost open object.
   * Returns the offset of the first earlier key with the same decoded text, or -1.
   */
  add(text: string, start: number, end: number): number {
    const level = this.depth - 1;
    const hash = this.scannedStart === start ? this.scannedHash : hashKey(text, start, end);
    if (this.maps[level] == null) {
      const bit = 1 << (hash & 31);
      if ((hash & 32) === 0) {
        const seen = this.lowBits[level] ?? 0;
        if ((seen & bit) === 0) {
          this.lowBits[level] = seen | bit;
          return this.record(text, level, start, end, hash);
        }
      } else {
        const seen = this.highBits[level] ?? 0;
        if ((seen & bit) === 0) {
          this.highBits[level] = seen | bit;
          return this.record(text, level, start, end, hash);
        }
      }
    }
    return this.addSeen(text, level, start, end, hash);
  }

  /** add() for a key the filter cannot rule out, or in an object that already has a Map. */
  private addSeen(text: string, level: number, start: number, end: number, hash: number): number {
    const map = this.maps[level] ?? null;
    if (map !== null) {
      const key = decodeJsonString(text, start, end);
      const first = map.get(key);
      if (first !== undefined) return first;
      map.set(key, start);
      return -1;
    }
    for (let i = this.bases[level] ?? 0; i < this.used; i++) {
      if (this.hashes[i] === hash && sameKey(text, this.starts[i] ?? 0, this.ends[i] ?? 0, start, end)) {
        return this.starts[i] ?? -1;
      }
    }
    return this.record(text, level, start, end, hash);
  }

  /** Stores a new key of the object at `level`; returns -1 (no earlier key). */
  private record(text: string, level: number, start: number, end: number, hash: number): number {
    const slot = this.used++;
    this.starts[slot] = start;
    this.ends[slot] = end;
    this.hashes[slot] = hash;
    const base = this.bases[level] ?? 0;
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
  return mixHash(hash);
}

function hashString(value: string): number {
  let hash = 0;
  for (let i = 0; i < value.length; i++) hash = (Math.imul(hash, 31) + value.charCodeAt(i)) | 0;
  return mixHash(hash);
}

/** Mixed so that the filter's six low bits depend on every character, not mostly on the last one. */
function mixHash(hash: number): number {
  return hash ^ (hash >>> 15) ^ (hash >>> 7);
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
