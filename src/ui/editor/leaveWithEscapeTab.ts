import type { OnMount } from '@monaco-editor/react';
import { focusOutside } from '../keyboard/focusOutside';
import { monaco } from './monacoSetup';

type EditorInstance = Parameters<OnMount>[0];

const MODIFIERS = new Set([
  monaco.KeyCode.Shift,
  monaco.KeyCode.Ctrl,
  monaco.KeyCode.Alt,
  monaco.KeyCode.Meta,
]);

/**
 * Tab indents inside the editor, so keyboard users could never leave it. As in VS Code and
 * CodeMirror, Escape then Tab (or Shift+Tab) moves focus to the next (previous) control outside.
 * Escape still closes Monaco's own widgets first; any other key in between cancels.
 */
export function leaveWithEscapeTab(editor: EditorInstance): void {
  let escaped = false;
  editor.onKeyDown((event) => {
    if (event.keyCode === monaco.KeyCode.Escape) {
      escaped = true;
      return;
    }
    if (MODIFIERS.has(event.keyCode)) return;
    if (event.keyCode === monaco.KeyCode.Tab && escaped) {
      const container =
        editor.getContainerDomNode().closest<HTMLElement>('.code-editor') ?? editor.getContainerDomNode();
      if (focusOutside(container, event.shiftKey)) {
        event.preventDefault();
        event.stopPropagation();
      }
    }
    escaped = false;
  });
  editor.onDidBlurEditorText(() => {
    escaped = false;
  });
}
