import { useCallback, useMemo } from 'react';
import {
  jsonOutline,
  type FindQuery,
  type FindResult,
  type GoToResult,
  type JsonPathSegment,
  type JsonStructure,
  type OutlineEntry,
} from '../core';
import { useCoreTask } from './useCoreTask';
import { useTaskRunner, type TaskOutcome } from './useTaskRunner';

/**
 * Navigation in a document (find, go to a line or a JSON path, the path of a position, folding, the
 * outline) for the editors. What reads the whole document (its line index, a search, its structure,
 * the path at the cursor, "Go to") runs through worker tasks, off the main thread when big; each
 * lane's worker is sent a document (and its structure) once and keeps it, so the queries that follow
 * the cursor or the Go to field post only themselves (src/workers/heldValues.ts); what is
 * left here costs a binary search or a walk of the containers on screen, and passes through from the
 * core because the UI reaches the core only through state (design.md).
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
  lineText,
  lineToRow,
  looksLikeJsonDocument,
  matchAtOrAfter,
  nestsDeeperThan,
  pathCrumbs,
  matchesInRange,
  MAX_FIND_MATCHES,
  rowToLine,
  toAccessorPath,
  toJsonPointer,
} from '../core';
export type { GoToResult } from '../core';

/** Typing in the find box waits this long before searching (each search may take a while). */
export const FIND_DEBOUNCE_MS = 200;
/** The cursor's path follows the cursor after this pause. */
export const PATH_DEBOUNCE_MS = 60;

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
  // A failed search (the worker crashed, or could not start) says so instead of searching for ever.
  if (active && !current && task.error && !task.pending)
    return { result: { ok: false, message: `Triage could not search: ${task.error}` }, pending: false };
  return { result: current ? task.result : undefined, pending: active && !current };
}

/** The line index of a document (in the worker when big); undefined until it is ready. */
export function useLineStarts(text: string, enabled: boolean): Uint32Array | undefined {
  // Wanted at once (nothing is drawn without it), and once per text: its worker ends with the task.
  const task = useCoreTask<'lineStarts'>(
    enabled ? { type: 'lineStarts', text } : undefined,
    [enabled, text],
    {
      debounceMs: 0,
      terminateWhenIdle: true,
    },
  );
  return enabled && task.resultFor?.text === text ? task.result : undefined;
}

/**
 * The JSON path at an offset, once the structure is known (in the worker when the document is big: a
 * flat array of a million numbers is scanned from its last container). The previous path stays
 * while the next is computed; undefined without a structure or a cursor.
 */
export function usePathAt(
  text: string,
  structure: JsonStructure | undefined,
  offset: number | undefined,
): JsonPathSegment[] | undefined {
  const task = useCoreTask<'jsonPathAt'>(
    structure && offset !== undefined ? { type: 'jsonPathAt', text, structure, offset } : undefined,
    [text, structure, offset],
    // A cursor moved again waits for the path in progress rather than dropping the worker's document.
    { debounceMs: PATH_DEBOUNCE_MS, queueWhenSuperseded: true },
  );
  return task.resultFor?.text === text && task.resultFor.structure === structure ? task.result : undefined;
}

/** A Go to outcome as the field shows it: a failed task is a message like any other. */
function goToResultOf(outcome: TaskOutcome<GoToResult> | undefined): GoToResult | undefined {
  if (!outcome) return undefined;
  return outcome.ok
    ? outcome.result
    : { ok: false, message: `Triage could not go there: ${outcome.message}` };
}

/**
 * "Go to" for one editor: a line, a JSON Pointer or a path, resolved in the worker when the document
 * is big (finding a key among 500,000 members reads them all). Resolves to undefined when a newer
 * request replaced this one.
 */
export function useGoTo(): {
  goTo: (
    text: string,
    input: string,
    structure?: JsonStructure,
    starts?: Uint32Array,
  ) => Promise<GoToResult | undefined>;
  goToPath: (
    text: string,
    structure: JsonStructure,
    segments: JsonPathSegment[],
  ) => Promise<GoToResult | undefined>;
} {
  // Go to is quick once the worker holds the document: a newer request waits rather than drop it.
  const run = useTaskRunner({ queueWhenSuperseded: true });
  const goTo = useCallback(
    (text: string, input: string, structure?: JsonStructure, starts?: Uint32Array) =>
      run<'goTo'>({
        type: 'goTo',
        text,
        input,
        ...(structure && { structure }),
        ...(starts && { starts }),
      }).then(goToResultOf),
    [run],
  );
  const goToPath = useCallback(
    (text: string, structure: JsonStructure, segments: JsonPathSegment[]) =>
      run<'goToPath'>({ type: 'goToPath', text, structure, segments }).then(goToResultOf),
    [run],
  );
  return useMemo(() => ({ goTo, goToPath }), [goTo, goToPath]);
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
