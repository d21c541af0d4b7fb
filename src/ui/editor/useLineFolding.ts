import { useCallback, useMemo, useState } from 'react';
import type { FoldedLines, JsonStructure } from '../../core';
import {
  containerAt,
  foldableAt,
  foldableAtDepth,
  foldLines,
  lineOfOffset,
} from '../../state/documentNavigation';

const NOTHING_FOLDED: ReadonlySet<number> = new Set();

/** Every change returns the folding after it, so the view can keep its place by it at once. */
export interface LineFolding {
  /** Folded containers (indexes into the structure). */
  folded: ReadonlySet<number>;
  folds: FoldedLines;
  toggle: (container: number) => FoldedLines;
  /** Folds the innermost block around `offset` (unchanged when there is none). */
  foldAround: (offset: number) => FoldedLines;
  /** Also folds every block at `depth` but the one holding `keepOffset`; blocks folded stay so. */
  foldAtDepth: (depth: number, keepOffset: number) => FoldedLines;
  unfoldAll: () => FoldedLines;
  /** Unfolds the blocks hiding `offset`. */
  reveal: (offset: number) => FoldedLines;
}

/** Which blocks of the large view are folded; a new document (a new structure) starts unfolded. */
export function useLineFolding(
  text: string,
  starts: Uint32Array,
  structure: JsonStructure | undefined,
): LineFolding {
  const [state, setState] = useState({ structure, folded: NOTHING_FOLDED });
  const folded = state.structure === structure ? state.folded : NOTHING_FOLDED;
  const lineStart = useCallback((line: number) => starts[line] ?? text.length, [starts, text]);
  const compute = useCallback(
    (set: ReadonlySet<number>) =>
      structure
        ? foldLines(structure, set, text, lineStart, starts.length)
        : foldLines(EMPTY_STRUCTURE, [], text, lineStart, starts.length),
    [structure, text, lineStart, starts.length],
  );
  const folds = useMemo(() => compute(folded), [compute, folded]);
  const update = (next: ReadonlySet<number>): FoldedLines => {
    if (next === folded) return folds;
    setState({ structure, folded: next });
    return compute(next);
  };

  return {
    folded,
    folds,
    toggle: (container) => {
      const next = new Set(folded);
      if (!next.delete(container)) next.add(container);
      return update(next);
    },
    foldAround: (offset) => {
      const container = structure ? foldableAt(structure, offset) : -1;
      return container < 0 ? folds : update(new Set(folded).add(container));
    },
    foldAtDepth: (depth, keepOffset) =>
      structure ? update(new Set([...folded, ...foldableAtDepth(structure, depth, keepOffset)])) : folds,
    unfoldAll: () => update(NOTHING_FOLDED),
    reveal: (offset) => {
      if (!structure || folded.size === 0) return folds;
      const next = new Set(folded);
      const line = lineOfOffset(starts, offset);
      // A folded block keeps its first line in view: only the blocks hiding the line open.
      for (let i = containerAt(structure, offset); i >= 0; i = structure.parent[i] ?? -1) {
        if ((structure.startLine[i] ?? 0) < line) next.delete(i);
      }
      return next.size === folded.size ? folds : update(next);
    },
  };
}

const EMPTY_STRUCTURE: JsonStructure = {
  count: 0,
  start: new Int32Array(0),
  end: new Int32Array(0),
  parent: new Int32Array(0),
  depth: new Int32Array(0),
  keyStart: new Int32Array(0),
  index: new Int32Array(0),
  childCount: new Int32Array(0),
  startLine: new Int32Array(0),
  endLine: new Int32Array(0),
};
