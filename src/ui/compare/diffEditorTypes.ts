import type { EditorLanguage } from '../editor/editorTypes';

/** Where to scroll the diff view: a 1-based line of the original (a) or modified (b) side. */
export interface DiffReveal {
  side: 'a' | 'b';
  line: number;
}

export interface DiffEditorProps {
  original: string;
  modified: string;
  language: EditorLanguage;
  /** Accessible name, also used by tests to find the view. */
  label: string;
  /** Scroll to this line and select it whenever this object changes. */
  reveal?: DiffReveal;
  height?: string;
}
