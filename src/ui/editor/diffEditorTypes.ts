import type { EditorLanguage } from './editorTypes';

/** Where to scroll the diff view: a 1-based line of the original (a) or modified (b) side. */
export interface DiffReveal {
  side: 'a' | 'b';
  line: number;
}

export interface DiffEditorProps {
  original: string;
  modified: string;
  language: EditorLanguage;
  /** Accessible name, also used by tests to find the view (`data-testid="diff-editor:<label>"`). */
  label: string;
  /** Scroll to this line and select it whenever this object changes. */
  reveal?: DiffReveal;
  height?: string;
  /** Switch to one inline column when the view is narrow (default true); false keeps two columns. */
  inlineWhenNarrow?: boolean;
  /** Show the overview ruler of changes along the right edge (default true). */
  overviewRuler?: boolean;
  /** Accessible names of the two sides, for screen readers. */
  originalLabel?: string;
  modifiedLabel?: string;
}
