import { useMemo } from 'react';
import {
  countOf,
  jsonOutline,
  jsonPathAt,
  lineStarts,
  locateJsonPath,
  parseGoToTarget,
  type FindQuery,
  type FindResult,
  type JsonPathSegment,
  type JsonStructure,
  type OutlineEntry,
} from '../core';
import { useCoreTask } from './useCoreTask';

/**
 * Navigation in a document (find, go to a line or a JSON path, the path of a position, folding, the
 * outline) for the editors. The UI reaches the core only through state (design.md), so the core's
 * navigation functions pass through here, with the hooks that run the heavy parts off the main thread.
 */
export {
  closesAlone,
  containerAt,
  deepestFoldableDepth,
  foldableAt,
  foldableAtDepth,
  foldableOnLine,
  foldLines,
  foldOnLine,
  lineBounds,
  lineOfOffset,
  lineStarts,
  lineText,
  lineToRow,
  matchAtOrAfter,
  nestsDeeperThan,
  pathCrumbs,
  matchesInRange,
  MAX_FIND_MATCHES,
  rowToLine,
  toAccessorPath,
  toJsonPointer,
} from '../core';

/** Typing in the find box waits this long before searching (a big document is copied to the worker). */
export const FIND_DEBOUNCE_MS = 200;
/** Characters of a value selected when going to it; a longer value gets the cursor at its start. */
const MAX_SELECTED_VALUE = 200;

/** True when the document is a bare JSON object or array: the JSON tools apply to it. */
export function looksLikeJsonDocument(text: string): boolean {
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff) continue;
    return c === 0x7b || c === 0x5b;
  }
  return false;
}

/** The bracket structure of a JSON document (in the worker when big); undefined until it is ready. */
export function useJsonStructure(text: string, enabled: boolean): JsonStructure | undefined {
  const task = useCoreTask<'jsonStructure'>(enabled ? { type: 'jsonStructure', text } : undefined, [
    enabled,
    text,
  ]);
  // Only the structure of this very text: offsets from an older one would point at the wrong places.
  return enabled && task.resultFor?.text === text ? task.result : undefined;
}

/** The matches of a search (in the worker when the document is big), for this text and query only. */
export function useFindMatches(
  text: string,
  query: FindQuery | undefined,
): { result: FindResult | undefined; pending: boolean } {
  const active = query !== undefined && query.text !== '';
  const task = useCoreTask<'findMatches'>(
    active ? { type: 'findMatches', text, query } : undefined,
    [active, text, query?.text, query?.regex, query?.caseSensitive],
    { debounceMs: FIND_DEBOUNCE_MS },
  );
  const asked = task.resultFor;
  const current =
    active &&
    asked?.text === text &&
    asked.query.text === query.text &&
    asked.query.regex === query.regex &&
    asked.query.caseSensitive === query.caseSensitive;
  return { result: current ? task.result : undefined, pending: active && !current };
}

/** Where "Go to" leads: a range to select, or why it cannot go there. */
export type GoToResult = { ok: true; start: number; end: number } | { ok: false; message: string };

/**
 * Resolves what the user typed in "Go to": a 1-based line (and column), or a JSON Pointer or path,
 * which needs the structure of a JSON document. `starts` is the document's line index, when known.
 */
export function resolveGoTo(
  text: string,
  input: string,
  structure: JsonStructure | undefined,
  starts?: Uint32Array,
): GoToResult {
  const target = parseGoToTarget(input);
  if (target.kind === 'invalid') return { ok: false, message: target.message };
  if (target.kind === 'line') {
    const index = starts ?? lineStarts(text);
    if (target.line < 1 || target.line > index.length) {
      const has = countOf(index.length, 'line');
      return { ok: false, message: `There is no line ${target.line}: the document has ${has}.` };
    }
    const lineStart = index[target.line - 1] ?? 0;
    const lineEnd = target.line < index.length ? (index[target.line] ?? text.length) : text.length;
    const offset = Math.min(lineStart + Math.max(0, (target.column ?? 1) - 1), lineEnd);
    return { ok: true, start: offset, end: offset };
  }
  if (!structure) {
    return looksLikeJsonDocument(text)
      ? { ok: false, message: 'The document is still being read: try again in a moment.' }
      : { ok: false, message: 'Paths work in JSON documents, and this one is not JSON: type a line number.' };
  }
  return resolvePath(text, structure, target.segments);
}

/** Where a path leads in a JSON document: its key when it is a member, else its value (or its start). */
export function resolvePath(
  text: string,
  structure: JsonStructure,
  segments: readonly JsonPathSegment[],
): GoToResult {
  const location = locateJsonPath(text, structure, segments);
  if (!location.ok) return { ok: false, message: location.message };
  if (location.keyStart !== undefined && location.keyEnd !== undefined) {
    return { ok: true, start: location.keyStart, end: location.keyEnd };
  }
  const short = location.end - location.start <= MAX_SELECTED_VALUE;
  return { ok: true, start: location.start, end: short ? location.end : location.start + 1 };
}

/** The JSON path at an offset, once the structure is known. */
export function pathAtOffset(
  text: string,
  structure: JsonStructure | undefined,
  offset: number | undefined,
): JsonPathSegment[] | undefined {
  if (!structure || offset === undefined) return undefined;
  return jsonPathAt(text, structure, Math.min(offset, text.length));
}

/** The outline of a JSON document, computed when it is first shown. */
export function useJsonOutline(
  text: string,
  structure: JsonStructure | undefined,
  shown: boolean,
): OutlineEntry | undefined {
  return useMemo(
    () => (shown && structure ? jsonOutline(text, structure) : undefined),
    [shown, text, structure],
  );
}
