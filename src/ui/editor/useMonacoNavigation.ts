import { useImperativeHandle, useLayoutEffect, useRef } from 'react';
import type { OnMount } from '@monaco-editor/react';
import { monaco } from './monacoSetup';
import type { ViewNavigation } from './navigation/navigationTypes';

type EditorInstance = Parameters<OnMount>[0];

/** Monaco's fold commands go up to level 7; level 1 is the top-level value, so depth d is level d + 1. */
const MAX_FOLD_LEVEL = 7;

/**
 * Connects Monaco to the navigator: the cursor's offset goes out, and selecting, folding and opening
 * find come in. Monaco keeps its own find widget (Ctrl+F, F3, Enter), folding and fold levels; Ctrl+G
 * goes to the navigator's "Go to", which also takes JSON paths. Returns the function to call on mount.
 */
export function useMonacoNavigation(
  navigation: ViewNavigation | undefined,
): (editor: EditorInstance) => void {
  const editorRef = useRef<EditorInstance | null>(null);
  // The mount callback outlives renders: it reads the latest navigation through this ref.
  const latest = useRef(navigation);
  useLayoutEffect(() => {
    latest.current = navigation;
  });

  useImperativeHandle(navigation?.handleRef, () => ({
    select: (start, end) => {
      const editor = editorRef.current;
      const model = editor?.getModel();
      if (!editor || !model) return;
      const from = model.getPositionAt(start);
      const to = model.getPositionAt(end);
      editor.setSelection(monaco.Selection.fromPositions(from, to));
      editor.revealRangeInCenterIfOutsideViewport(monaco.Range.fromPositions(from, to));
    },
    foldAtDepth: (depth) => {
      const level = Math.min(depth + 1, MAX_FOLD_LEVEL);
      editorRef.current?.trigger('navigator', `editor.foldLevel${level}`, null);
    },
    unfoldAll: () => editorRef.current?.trigger('navigator', 'editor.unfoldAll', null),
    openOwnFind: () => {
      const editor = editorRef.current;
      if (!editor) return false;
      editor.focus();
      editor.trigger('navigator', 'actions.find', null);
      return true;
    },
    focus: () => editorRef.current?.focus(),
  }));

  return (editor) => {
    editorRef.current = editor;
    editor.onDidChangeCursorPosition((event) => {
      const model = editor.getModel();
      if (model) latest.current?.onCursor(model.getOffsetAt(event.position));
    });
    // addAction (unlike addCommand) binds the key to this editor only, not to the last one created.
    editor.addAction({
      id: 'triage.goTo',
      label: 'Go to a line, a JSON Pointer or a path',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyG],
      run: () => latest.current?.onGoToRequest(),
    });
  };
}
