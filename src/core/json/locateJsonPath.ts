import { toJsonPointer, type JsonPathSegment } from './jsonPath';
import type { JsonStructure } from './jsonStructure';
import {
  containerOpeningAt,
  forEachChild,
  isObjectAt,
  keyAt,
  valueEnd,
  type ChildValue,
} from './jsonStructureLookup';
import { skipJsonString } from './skipJsonValue';
import { skipWhitespace } from './skipWhitespace';

/** Keys quoted back when a key is not found. */
const KEYS_SHOWN = 6;

export type PathLocation =
  /** The value's text is [start, end); for a member, its key's token (quotes included) is [keyStart, keyEnd). */
  | { ok: true; start: number; end: number; keyStart?: number; keyEnd?: number }
  /** Where the walk stopped: the deepest value found, with why it could go no further. */
  | { ok: false; message: string; start: number; found: JsonPathSegment[] };

/**
 * Finds the value a path leads to. Keys match exactly (decoded, case-sensitive); with duplicate keys
 * the last one wins, as JSON.parse keeps it. Digit strings select array items, as in JSON Pointer.
 */
export function locateJsonPath(
  text: string,
  structure: JsonStructure,
  segments: readonly JsonPathSegment[],
): PathLocation {
  let start = skipWhitespace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (start >= text.length) return { ok: false, message: 'The document is empty.', start: 0, found: [] };
  let keyStart: number | undefined;
  const found: JsonPathSegment[] = [];
  for (const segment of segments) {
    const container = containerOpeningAt(structure, start);
    const fail = (message: string): PathLocation => ({ ok: false, message, start, found: [...found] });
    if (container < 0)
      return fail(`${where(found)} is ${describeValue(text, start)}: it has no ${quote(segment)}.`);
    const child = isObjectAt(text, structure, container)
      ? findMember(text, structure, container, String(segment))
      : findItem(text, structure, container, segment);
    if (typeof child === 'string') return fail(child.replace('{where}', where(found)));
    start = child.start;
    keyStart = child.keyStart >= 0 ? child.keyStart : undefined;
    found.push(segment);
  }
  const location: PathLocation = { ok: true, start, end: valueEnd(text, structure, start) };
  if (keyStart !== undefined) {
    location.keyStart = keyStart;
    location.keyEnd = skipJsonString(text, keyStart);
  }
  return location;
}

function findMember(
  text: string,
  structure: JsonStructure,
  object: number,
  key: string,
): ChildValue | string {
  let match: ChildValue | undefined;
  const keys: string[] = [];
  forEachChild(text, structure, object, (child) => {
    const name = keyAt(text, child.keyStart);
    if (name === key) match = child;
    else if (keys.length <= KEYS_SHOWN) keys.push(name);
  });
  if (match) return match;
  const count = structure.childCount[object] ?? 0;
  if (count === 0) return `{where} is an empty object: it has no ${quote(key)}.`;
  const listed = keys.slice(0, KEYS_SHOWN).map((k) => JSON.stringify(k));
  const more = count > listed.length ? ', …' : '';
  return `{where} has no key ${quote(key)} (its keys: ${listed.join(', ')}${more}).`;
}

function findItem(
  text: string,
  structure: JsonStructure,
  array: number,
  segment: JsonPathSegment,
): ChildValue | string {
  const index = typeof segment === 'number' ? segment : /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : -1;
  const count = structure.childCount[array] ?? 0;
  const range = count === 0 ? 'it is empty' : `its items are 0 to ${(count - 1).toLocaleString('en-US')}`;
  if (index < 0) return `{where} is an array: ${quote(segment)} is not an index (${range}).`;
  if (index >= count) return `{where} has no item ${index.toLocaleString('en-US')}: ${range}.`;
  let match: ChildValue | undefined;
  forEachChild(text, structure, array, (child) => {
    if (child.index !== index) return false;
    match = child;
    return true;
  });
  return match ?? `{where} has no item ${index.toLocaleString('en-US')}.`;
}

function where(found: readonly JsonPathSegment[]): string {
  return found.length === 0 ? 'The document' : toJsonPointer(found);
}

function quote(segment: JsonPathSegment): string {
  return typeof segment === 'number' ? `[${segment}]` : JSON.stringify(segment);
}

function describeValue(text: string, start: number): string {
  const c = text.charCodeAt(start);
  if (c === 0x22) return 'a string';
  if (c === 0x74 || c === 0x66) return 'a boolean';
  if (c === 0x6e) return 'null';
  return 'a number';
}
