import { countOf } from '../text/countOf';
import { parseGoToTarget, type JsonPathSegment } from './jsonPath';
import type { JsonStructure } from './jsonStructure';
import { lineBounds, lineStarts } from './lineIndex';
import { locateJsonPath } from './locateJsonPath';

/** Characters of a value selected when going to it; a longer value gets the cursor at its start. */
const MAX_SELECTED_VALUE = 200;

/** Where "Go to" leads: a range to select, or why it cannot go there. */
export type GoToResult = { ok: true; start: number; end: number } | { ok: false; message: string };

/** True when the document is a bare JSON object or array: the JSON tools apply to it. */
export function looksLikeJsonDocument(text: string): boolean {
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff) continue;
    return c === 0x7b || c === 0x5b;
  }
  return false;
}

/**
 * Resolves what the user typed in "Go to": a 1-based line (and column), or a JSON Pointer or path,
 * which needs the structure of a JSON document. `starts` is the document's line index, when known.
 * Linear in the document at worst (a line index to build, a key among 500,000 members to find): the
 * app runs it in the worker for big documents.
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
    // A column past the line's end stops at its end, before the line break.
    const line = lineBounds(text, index, target.line - 1);
    const offset = Math.min(line.start + Math.max(0, (target.column ?? 1) - 1), line.end);
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
