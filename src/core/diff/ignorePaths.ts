import { parsePointer } from './jsonPointer';

/** In an ignore pattern, matches exactly one path segment. */
export const ANY_SEGMENT = '*';
/** In an ignore pattern, matches any number of segments, none included. */
export const ANY_DEPTH = '**';

/** Patterns as decoded segment lists. */
export type IgnorePatterns = readonly (readonly string[])[];

/**
 * Where the comparison stands in each pattern: flat pairs (pattern index, next segment position).
 * Carried down the tree so each step costs only the live patterns, and nothing at all once none is live.
 */
export type IgnoreState = readonly number[];

const NO_STATE: IgnoreState = [];

export function compileIgnorePaths(patterns: readonly string[] | undefined): IgnorePatterns {
  return (patterns ?? []).map(parsePointer);
}

/** The state at the root, and whether the whole document is ignored. */
export function rootIgnoreState(patterns: IgnorePatterns): { state: IgnoreState; ignored: boolean } {
  const start: number[] = [];
  patterns.forEach((_, index) => start.push(index, 0));
  const state = expandAnyDepth(patterns, start);
  return { state, ignored: isComplete(patterns, state) };
}

/** Moves every live pattern one segment down; `ignored` when a pattern now matches the whole path. */
export function stepIgnoreState(
  patterns: IgnorePatterns,
  state: IgnoreState,
  segment: string,
): { state: IgnoreState; ignored: boolean } {
  if (state.length === 0) return { state: NO_STATE, ignored: false };
  const next: number[] = [];
  for (let i = 0; i < state.length; i += 2) {
    const index = state[i] ?? 0;
    const position = state[i + 1] ?? 0;
    const pattern = patterns[index] ?? [];
    const expected = pattern[position];
    if (expected === undefined) continue;
    if (expected === ANY_DEPTH) next.push(index, position);
    else if (expected === ANY_SEGMENT || expected === segment) next.push(index, position + 1);
  }
  const expanded = expandAnyDepth(patterns, next);
  return { state: expanded, ignored: isComplete(patterns, expanded) };
}

/** A `**` may match nothing, so a state sitting on one also stands just past it. */
function expandAnyDepth(patterns: IgnorePatterns, state: number[]): IgnoreState {
  const out: number[] = [];
  for (let i = 0; i < state.length; i += 2) {
    const index = state[i] ?? 0;
    let position = state[i + 1] ?? 0;
    const pattern = patterns[index] ?? [];
    out.push(index, position);
    while (pattern[position] === ANY_DEPTH) {
      position++;
      out.push(index, position);
    }
  }
  return out.length === 0 ? NO_STATE : out;
}

function isComplete(patterns: IgnorePatterns, state: IgnoreState): boolean {
  for (let i = 0; i < state.length; i += 2) {
    if (state[i + 1] === patterns[state[i] ?? 0]?.length) return true;
  }
  return false;
}
