import { countWhile } from './countWhile';
import { decodeJsonString } from './decodeJsonString';
import type { JsonPathSegment } from './jsonPath';
import type { JsonStructure } from './jsonStructure';
import { skipJsonString, skipJsonValue } from './skipJsonValue';
import { skipWhitespace } from './skipWhitespace';

/** Lookups in a JsonStructure: binary searches over its ascending `start`, and walks up `parent`. */

/** The last container opening at or before `offset`, or -1. */
export function lastOpenedAtOrBefore(structure: JsonStructure, offset: number): number {
  return countWhile(structure.count, (i) => (structure.start[i] ?? 0) <= offset) - 1;
}

/** The container whose opening bracket is at `offset`, or -1. */
export function containerOpeningAt(structure: JsonStructure, offset: number): number {
  const i = lastOpenedAtOrBefore(structure, offset);
  return i >= 0 && structure.start[i] === offset ? i : -1;
}

/** True when container i closes before `offset` (an unclosed one runs to the end of the text). */
export function closesBefore(structure: JsonStructure, i: number, offset: number): boolean {
  const end = structure.end[i] ?? -1;
  return end >= 0 && end < offset;
}

/** The innermost container holding `offset`, brackets included, or -1. */
export function containerAt(structure: JsonStructure, offset: number): number {
  let i = lastOpenedAtOrBefore(structure, offset);
  while (i >= 0 && closesBefore(structure, i, offset)) i = structure.parent[i] ?? -1;
  return i;
}

export function isObjectAt(text: string, structure: JsonStructure, i: number): boolean {
  return text.charCodeAt(structure.start[i] ?? 0) === 0x7b;
}

/** The decoded key whose opening quote is at `start`. */
export function keyAt(text: string, start: number): string {
  return decodeJsonString(text, start, skipJsonString(text, start));
}

/** How container i is reached from its parent: its key in an object, its index in an array. */
export function segmentOf(text: string, structure: JsonStructure, i: number): JsonPathSegment {
  const parent = structure.parent[i] ?? -1;
  const keyStart = structure.keyStart[i] ?? -1;
  if (parent >= 0 && isObjectAt(text, structure, parent) && keyStart >= 0) return keyAt(text, keyStart);
  return structure.index[i] ?? 0;
}

/** The path from the top-level value to container i. */
export function containerPath(text: string, structure: JsonStructure, i: number): JsonPathSegment[] {
  const segments: JsonPathSegment[] = [];
  for (let at = i; (structure.parent[at] ?? -1) >= 0; at = structure.parent[at] ?? -1) {
    segments.push(segmentOf(text, structure, at));
  }
  return segments.reverse();
}

/** Offset just after the value starting at `start`; containers are skipped through the structure. */
export function valueEnd(text: string, structure: JsonStructure, start: number): number {
  const c = text.charCodeAt(start);
  if (c !== 0x7b && c !== 0x5b) return skipJsonValue(text, start);
  const i = containerOpeningAt(structure, start);
  const end = i >= 0 ? (structure.end[i] ?? -1) : -1;
  return end >= 0 ? end + 1 : text.length;
}

/** One member or item of a container, as children are visited. */
export interface ChildValue {
  /** Offset where the value starts. */
  start: number;
  /** For a member of an object: its key's opening quote; -1 for an array item. */
  keyStart: number;
  index: number;
}

/**
 * Visits the members or items of container i in order, until `visit` returns true. Values are skipped,
 * not read, so visiting costs one pass over the container's own text minus its nested containers.
 */
export function forEachChild(
  text: string,
  structure: JsonStructure,
  i: number,
  visit: (child: ChildValue) => boolean | void,
): void {
  const isObject = isObjectAt(text, structure, i);
  const closer = isObject ? 0x7d : 0x5d;
  const len = text.length;
  let p = skipWhitespace(text, (structure.start[i] ?? 0) + 1);
  for (let index = 0; p < len && text.charCodeAt(p) !== closer; index++) {
    let keyStart = -1;
    if (isObject) {
      keyStart = p;
      p = skipWhitespace(text, text.charCodeAt(p) === 0x22 ? skipJsonString(text, p) : p + 1);
      if (text.charCodeAt(p) === 0x3a) p = skipWhitespace(text, p + 1);
    }
    if (visit({ start: p, keyStart, index }) === true) return;
    p = skipWhitespace(text, valueEnd(text, structure, p));
    if (text.charCodeAt(p) !== 0x2c) return;
    p = skipWhitespace(text, p + 1);
  }
}
