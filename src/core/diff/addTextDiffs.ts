import { decodeJsonString } from '../json/decodeJsonString';
import type { BodyChange } from '../types';
import { diffText } from './textDiff';

/** Changed strings whose inside is diffed, at most, per comparison (the rest show whole values). */
export const MAX_TEXT_DIFFS = 500;
/** Time all in-string diffs of one comparison may take together, in milliseconds. */
export const TEXT_DIFF_BUDGET_MS = 1_500;

const isJsonString = (text: string | undefined): text is string => text !== undefined && text.startsWith('"');

/**
 * Adds to each changed string (JSON bodies: string values, decoded; text bodies: lines) what changed
 * inside it, within a count and time budget so that thousands of changed messages cannot stall the
 * comparison. Changes are updated in place and returned.
 */
export function addTextDiffs(changes: BodyChange[], kind: 'json' | 'text'): BodyChange[] {
  const deadline = Date.now() + TEXT_DIFF_BUDGET_MS;
  let done = 0;
  for (const change of changes) {
    if (done >= MAX_TEXT_DIFFS || Date.now() > deadline) break;
    if (change.change !== 'changed' || change.a === undefined || change.b === undefined) continue;
    let a = change.a;
    let b = change.b;
    if (kind === 'json') {
      if (!isJsonString(a) || !isJsonString(b)) continue;
      a = decodeJsonString(a, 0, a.length);
      b = decodeJsonString(b, 0, b.length);
    }
    const hunks = diffText(a, b);
    if (hunks === undefined) continue;
    change.textDiff = hunks;
    done++;
  }
  return changes;
}
