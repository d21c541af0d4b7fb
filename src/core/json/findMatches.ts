import { countWhile } from './countWhile';

/**
 * Find in a document: plain text or a regular expression, with or without case. Matches are offsets,
 * so the same search serves every view (the large-document view highlights them, Monaco has its own).
 */

/** Finding stops after this many matches and says so: no view needs more to be navigated. */
export const MAX_FIND_MATCHES = 10_000;

export interface FindQuery {
  text: string;
  regex: boolean;
  caseSensitive: boolean;
}

export type FindResult =
  | {
      ok: true;
      /** Start and end offsets of each match, in document order. */
      starts: Int32Array;
      ends: Int32Array;
      /** True when finding stopped at MAX_FIND_MATCHES with more left in the text. */
      truncated: boolean;
    }
  | { ok: false; message: string };

/**
 * All matches of `query` in `text`, up to `limit`. An invalid regular expression is reported, not
 * thrown. Empty matches (a pattern like `a*` also matches nothing) are skipped: there is nothing to
 * highlight. `^` and `$` match at line starts and ends, as in editors.
 */
export function findMatches(text: string, query: FindQuery, limit = MAX_FIND_MATCHES): FindResult {
  if (query.text === '')
    return { ok: true, starts: new Int32Array(0), ends: new Int32Array(0), truncated: false };
  let pattern: RegExp;
  try {
    const source = query.regex ? query.text : escapeRegExp(query.text);
    pattern = new RegExp(source, query.caseSensitive ? 'gm' : 'gmi');
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : '';
    return { ok: false, message: `Not a valid regular expression${detail ? `: ${detail}` : ''}.` };
  }
  const starts: number[] = [];
  const ends: number[] = [];
  let truncated = false;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const length = match[0].length;
    if (length === 0) {
      pattern.lastIndex++;
      continue;
    }
    if (starts.length === limit) {
      truncated = true;
      break;
    }
    starts.push(match.index);
    ends.push(match.index + length);
  }
  return { ok: true, starts: Int32Array.from(starts), ends: Int32Array.from(ends), truncated };
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** The index of the first match starting at or after `offset`, wrapping to 0 past the last. */
export function matchAtOrAfter(starts: Int32Array, offset: number): number {
  const next = countWhile(starts.length, (i) => (starts[i] ?? 0) < offset);
  return next < starts.length ? next : 0;
}

/** Indexes [first, last) of the matches that overlap [from, to). */
export function matchesInRange(
  starts: Int32Array,
  ends: Int32Array,
  from: number,
  to: number,
): { first: number; last: number } {
  // Matches never overlap one another, so their ends ascend too.
  const low = countWhile(ends.length, (i) => (ends[i] ?? 0) <= from);
  let last = low;
  while (last < starts.length && (starts[last] ?? 0) < to) last++;
  return { first: low, last };
}
