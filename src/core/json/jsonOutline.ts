import type { JsonPathSegment } from './jsonPath';
import type { JsonStructure } from './jsonStructure';
import { containerOpeningAt, forEachChild, keyAt, valueEnd } from './jsonStructureLookup';
import { skipWhitespace } from './skipWhitespace';

/** Levels below the top-level value an outline lists by default. */
export const OUTLINE_LEVELS = 2;
/** Members or items listed per container; the rest are counted. */
export const OUTLINE_MAX_CHILDREN = 50;
/** Characters of a primitive value shown beside its key. */
const PREVIEW_CHARS = 40;

export type OutlineKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

export interface OutlineEntry {
  /** How the parent reaches it; undefined for the top-level value. */
  segment?: JsonPathSegment;
  path: JsonPathSegment[];
  kind: OutlineKind;
  /** Members or items, for objects and arrays. */
  size?: number;
  /** The value as written, cut, for strings, numbers, booleans and null. */
  preview?: string;
  /** Where to go: the key of a member, else the value. */
  offset: number;
  children: OutlineEntry[];
  /** Members or items not listed. */
  more: number;
}

/**
 * The top levels of a JSON document as a tree of entries, so a big body can be entered from its
 * outline ("data: array of 120,000", "meta: object of 3") instead of by scrolling. Undefined for an
 * empty text.
 */
export function jsonOutline(
  text: string,
  structure: JsonStructure,
  levels = OUTLINE_LEVELS,
  maxChildren = OUTLINE_MAX_CHILDREN,
): OutlineEntry | undefined {
  const start = skipWhitespace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (start >= text.length) return undefined;
  return entryAt(text, structure, start, start, [], undefined, levels, maxChildren);
}

function entryAt(
  text: string,
  structure: JsonStructure,
  start: number,
  offset: number,
  path: JsonPathSegment[],
  segment: JsonPathSegment | undefined,
  levels: number,
  maxChildren: number,
): OutlineEntry {
  const container = containerOpeningAt(structure, start);
  const entry: OutlineEntry = {
    path,
    kind: kindAt(text, start, container >= 0),
    offset,
    children: [],
    more: 0,
  };
  if (segment !== undefined) entry.segment = segment;
  if (container < 0) {
    entry.preview = preview(text.slice(start, valueEnd(text, structure, start)));
    return entry;
  }
  entry.size = structure.childCount[container] ?? 0;
  if (levels === 0) return entry;
  forEachChild(text, structure, container, (child) => {
    if (entry.children.length === maxChildren) return true;
    const childSegment = child.keyStart >= 0 ? keyAt(text, child.keyStart) : child.index;
    const childOffset = child.keyStart >= 0 ? child.keyStart : child.start;
    entry.children.push(
      entryAt(
        text,
        structure,
        child.start,
        childOffset,
        [...path, childSegment],
        childSegment,
        levels - 1,
        maxChildren,
      ),
    );
    return false;
  });
  entry.more = Math.max(0, entry.size - entry.children.length);
  return entry;
}

function kindAt(text: string, start: number, isContainer: boolean): OutlineKind {
  const c = text.charCodeAt(start);
  if (isContainer) return c === 0x7b ? 'object' : 'array';
  if (c === 0x22) return 'string';
  if (c === 0x74 || c === 0x66) return 'boolean';
  if (c === 0x6e) return 'null';
  return 'number';
}

function preview(value: string): string {
  return value.length > PREVIEW_CHARS ? `${value.slice(0, PREVIEW_CHARS - 1)}…` : value;
}
