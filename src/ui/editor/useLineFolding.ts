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

export interface LineFolding {
  /** Folded containers (indexes into the structure). */
  folded: ReadonlySet<number>;
  folds: FoldedLines;
  toggle: (container: number) => void;
  /** Folds the innermost block around `offset`; false when there is none. */
  foldAround: (offset: number) => boolean;
  foldAtDepth: (depth: number, keepOffset: number) => void;
  unfoldAll: () => void;
  /** Unfolds the blocks hiding `offset`; returns the folding after that, to scroll by it at once. */
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
  const update = useCallback(
    (next: ReadonlySet<number>) => setState({ structure, folded: next }),
    [structure],
  );

  return {
    folded,
    folds,
    toggle: (container) => {
      const next = new Set(folded);
      if (!next.delete(container)) next.add(container);
      update(next);
    },
    foldAround: (offset) => {
      const container = structure ? foldableAt(structure, offset) : -1;
      if (container < 0) return false;
      update(new Set(folded).add(container));
      return true;
    },
    foldAtDepth: (depth, keepOffset) => {
      if (structure) update(new Set(foldableAtDepth(structure, depth, keepOffset)));
    },
    unfoldAll: () => update(NOTHING_FOLDED),
    reveal: (offset) => {
      if (!structure || folded.size === 0) return folds;
      const next = new Set(folded);
      const line = lineOfOffset(starts, offset);
      // A folded block keeps its first line in view: only the blocks hiding the line open.
      for (let i = containerAt(structure, offset); i >= 0; i = structure.parent[i] ?? -1) {
        if ((structure.startLine[i] ?? 0) < line) next.delete(i);
      }
      if (next.size === folded.size) return folds;
      update(next);
      return compute(next);
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
