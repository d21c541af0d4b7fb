import type { Header, HeaderDiff } from '../types';
import { headerNote } from './headerNote';
import { DEFAULT_IGNORED_HEADERS } from './ignoredHeaders';

export { DEFAULT_IGNORED_HEADERS } from './ignoredHeaders';

/** Set-Cookie values contain commas and semicolons, so repeated lines are shown one per line. */
const SET_COOKIE = 'set-cookie';

interface HeaderGroup {
  /** The name as first written. */
  name: string;
  values: string[];
}

/** Groups header lines by case-insensitive name, keeping first-seen order and every value. */
function groupHeaders(headers: readonly Header[]): Map<string, HeaderGroup> {
  const groups = new Map<string, HeaderGroup>();
  for (const header of headers) {
    const lower = header.name.toLowerCase();
    const value = header.value.trim();
    const group = groups.get(lower);
    if (group) group.values.push(value);
    else groups.set(lower, { name: header.name, values: [value] });
  }
  return groups;
}

/** Repeated lines form a multiset: the same values in another order are the same header. */
function sameMultiset(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sortedA = [...a].sort();
  const sortedB = [...b].sort();
  return sortedA.every((value, i) => value === sortedB[i]);
}

function joinValues(lowerName: string, values: readonly string[]): string {
  return values.join(lowerName === SET_COOKIE ? '\n' : ', ');
}

/**
 * Compares two header lists. Every header name of either side appears once: A's names first in A's
 * order, then those only B has. Ignored headers are still listed (flagged) so the UI can show them dimmed.
 * @param ignoreHeaders replaces DEFAULT_IGNORED_HEADERS when given.
 */
export function diffHeaders(
  a: readonly Header[],
  b: readonly Header[],
  ignoreHeaders: readonly string[] = DEFAULT_IGNORED_HEADERS,
): HeaderDiff[] {
  const ignored = new Set(ignoreHeaders.map((name) => name.toLowerCase()));
  const groupsA = groupHeaders(a);
  const groupsB = groupHeaders(b);
  const result: HeaderDiff[] = [];

  for (const [lower, groupA] of groupsA) {
    const groupB = groupsB.get(lower);
    const valueA = joinValues(lower, groupA.values);
    if (!groupB) {
      result.push(withNote({ name: groupA.name, change: 'removed', a: valueA, ignored: ignored.has(lower) }));
      continue;
    }
    const change = sameMultiset(groupA.values, groupB.values) ? 'unchanged' : 'changed';
    const entry: HeaderDiff = {
      name: groupA.name,
      change,
      a: valueA,
      b: joinValues(lower, groupB.values),
      ignored: ignored.has(lower),
    };
    result.push(withNote(entry));
  }
  for (const [lower, groupB] of groupsB) {
    if (groupsA.has(lower)) continue;
    const entry: HeaderDiff = {
      name: groupB.name,
      change: 'added',
      b: joinValues(lower, groupB.values),
      ignored: ignored.has(lower),
    };
    result.push(withNote(entry));
  }
  return result;
}

/** Only real (not ignored) differences get a note: an unchanged header explains nothing. */
function withNote(entry: HeaderDiff): HeaderDiff {
  if (entry.change === 'unchanged' || entry.ignored) return entry;
  const note = headerNote(entry.name);
  return note === undefined ? entry : { ...entry, note };
}
