import type { ViewNavigation } from './navigation/navigationTypes';

/** A squiggle in the editor: 1-based lines and UTF-16 columns, as the core reports positions. */
export interface EditorMarker {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  severity: 'error' | 'warning' | 'info';
}

export type EditorLanguage = 'json' | 'html' | 'xml' | 'plaintext';

export interface CodeEditorProps {
  value: string;
  onChange?: (value: string) => void;
  language: EditorLanguage;
  readOnly?: boolean;
  /** Accessible name, also used by tests to find the editor. */
  label: string;
  markers?: readonly EditorMarker[];
  /** Move the cursor here and scroll it into view whenever this object changes. */
  reveal?: { line: number; column: number };
  height?: string;
  /** Placeholder shown while empty. */
  placeholder?: string;
}

/** The props of a view the navigator wraps (src/ui/editor/navigation). */
export type EditorViewProps = CodeEditorProps & {
  navigation?: ViewNavigation;
};
