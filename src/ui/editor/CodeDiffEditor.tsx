import './monacoSetup';
import { DiffEditor, type MonacoDiffEditor } from '@monaco-editor/react';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { DiffEditorProps } from './diffEditorTypes';
import { useMonacoTheme } from './useMonacoTheme';

/** Below this width the two columns become one inline view (unless `inlineWhenNarrow` is false). */
const SIDE_BY_SIDE_MIN_WIDTH = 760;

const BASE_OPTIONS = {
  readOnly: true,
  originalEditable: false,
  renderSideBySide: true,
  minimap: { enabled: false },
  wordWrap: 'on',
  scrollBeyondLastLine: false,
  automaticLayout: true,
  fontSize: 13,
  links: false,
  ignoreTrimWhitespace: false,
  unicodeHighlight: { ambiguousCharacters: false },
} as const;

/**
 * Monaco's diff editor (lazy-loaded chunk), read-only. It owns its two models: @monaco-editor/react
 * 4.7 disposes them before the widget on unmount, which Monaco reports as "TextModel got disposed
 * before DiffEditorWidget model got reset". So the library keeps the models and this detaches and
 * disposes them first: layout-effect cleanups run before the library's own.
 */
export default function CodeDiffEditor({
  original,
  modified,
  language,
  label,
  reveal,
  height,
  inlineWhenNarrow = true,
  overviewRuler = true,
  originalLabel,
  modifiedLabel,
}: DiffEditorProps) {
  const editorRef = useRef<MonacoDiffEditor | null>(null);
  const theme = useMonacoTheme();

  const options = useMemo(
    () => ({
      ...BASE_OPTIONS,
      useInlineViewWhenSpaceIsLimited: inlineWhenNarrow,
      ...(inlineWhenNarrow && { renderSideBySideInlineBreakpoint: SIDE_BY_SIDE_MIN_WIDTH }),
      renderOverviewRuler: overviewRuler,
      // Every editable-looking field needs a name (axe: aria-input-field-name), given or not.
      originalAriaLabel: originalLabel ?? `${label}: original`,
      modifiedAriaLabel: modifiedLabel ?? `${label}: modified`,
    }),
    [inlineWhenNarrow, overviewRuler, originalLabel, modifiedLabel, label],
  );

  useLayoutEffect(
    () => () => {
      const editor = editorRef.current;
      editorRef.current = null;
      const model = editor?.getModel();
      editor?.setModel(null);
      model?.original.dispose();
      model?.modified.dispose();
    },
    [],
  );

  useEffect(() => {
    const diffEditor = editorRef.current;
    if (!diffEditor || !reveal) return;
    const editor = reveal.side === 'a' ? diffEditor.getOriginalEditor() : diffEditor.getModifiedEditor();
    const line = Math.min(Math.max(1, reveal.line), editor.getModel()?.getLineCount() ?? 1);
    editor.setSelection({
      startLineNumber: line,
      startColumn: 1,
      endLineNumber: line,
      endColumn: Number.MAX_SAFE_INTEGER,
    });
    editor.revealLineInCenter(line);
    editor.focus();
  }, [reveal]);

  return (
    <div
      className="diff-editor"
      data-testid={`diff-editor:${label}`}
      role="group"
      aria-label={label}
      style={{ height: height ?? '100%' }}
    >
      <DiffEditor
        original={original}
        modified={modified}
        language={language}
        theme={theme}
        options={options}
        keepCurrentOriginalModel
        keepCurrentModifiedModel
        onMount={(editor) => {
          editorRef.current = editor;
          // The sides' own input fields take their names from ariaLabel, not from the diff options.
          editor.getOriginalEditor().updateOptions({ ariaLabel: options.originalAriaLabel });
          editor.getModifiedEditor().updateOptions({ ariaLabel: options.modifiedAriaLabel });
        }}
        loading={<div className="editor-loading">Loading the diff view…</div>}
      />
    </div>
  );
}
