import type { RefObject } from 'react';
import type { JsonStructure } from '../../../core';

/** What the navigator asks of the view showing the document: the large-document view or Monaco. */
export interface EditorViewHandle {
  /** Puts the cursor at `start`, selects up to `end`, scrolls there and unfolds what hides it. */
  select(start: number, end: number): void;
  /** Folds every block at `depth` (1 = the members of the top-level value) but the cursor's. */
  foldAtDepth(depth: number): void;
  unfoldAll(): void;
  /** Opens the view's own find widget (Monaco's); false when the view has none. */
  openOwnFind(): boolean;
  focus(): void;
}

/** The matches to highlight in a view without a find widget of its own; `active` is the current one. */
export interface FindHighlights {
  starts: Int32Array;
  ends: Int32Array;
  active: number;
}

/** What the navigator hands the view it wraps. */
export interface ViewNavigation {
  handleRef: RefObject<EditorViewHandle | null>;
  /** The cursor moved (a click, a key, a jump): its offset in the document. */
  onCursor: (offset: number) => void;
  /** Ctrl+G inside the view. */
  onGoToRequest: () => void;
  /** The bracket structure, when the document is JSON and it is known: folding needs it. */
  structure?: JsonStructure;
  /** The document's line index, computed once by the navigator for the large view. */
  starts?: Uint32Array;
  highlights?: FindHighlights;
}
