import type { ReactNode } from 'react';

/**
 * The box around an input editor. While the editor has focus, a hint says how to leave it: Tab indents
 * inside a code editor, so Escape then Tab moves on (VS Code's and CodeMirror's convention).
 */
export function EditorFrame({ children }: { children: ReactNode }) {
  return (
    <div className="editor-frame">
      {children}
      <p className="editor-hint">
        <kbd>Esc</kbd> then <kbd>Tab</kbd> leaves the editor · <kbd>?</kbd> shortcuts
      </p>
    </div>
  );
}
