import '../editor/monacoSetup';
import { DiffEditor, type DiffOnMount } from '@monaco-editor/react';
import { useLayoutEffect, useRef } from 'react';

type DiffEditorInstance = Parameters<DiffOnMount>[0];

const OPTIONS = {
  readOnly: true,
  originalEditable: false,
  renderSideBySide: true,
  useInlineViewWhenSpaceIsLimited: false,
  originalAriaLabel: 'Current text',
  modifiedAriaLabel: 'Repaired text',
  minimap: { enabled: false },
  wordWrap: 'on',
  scrollBeyondLastLine: false,
  automaticLayout: true,
  fontSize: 13,
  links: false,
  renderOverviewRuler: false,
  unicodeHighlight: { ambiguousCharacters: false },
} as const;

/** Monaco's side-by-side diff (lazy-loaded chunk, like CodeEditor): current text left, repair right. */
export default function RepairDiffEditor({ original, modified }: { original: string; modified: string }) {
  const editorRef = useRef<DiffEditorInstance | null>(null);

  // @monaco-editor/react 4.7 disposes the two models before the diff widget, which Monaco reports as
  // "TextModel got disposed before DiffEditorWidget model got reset". So the library keeps the models
  // and this detaches and disposes them first: layout-effect cleanups run before the library's own.
  useLayoutEffect(
    () => () => {
      const editor = editorRef.current;
      const model = editor?.getModel();
      editor?.setModel(null);
      model?.original.dispose();
      model?.modified.dispose();
    },
    [],
  );

  return (
    <div className="code-editor repair-diff-editor" data-testid="editor:Repair preview">
      <DiffEditor
        original={original}
        modified={modified}
        language="json"
        theme="vs"
        keepCurrentOriginalModel
        keepCurrentModifiedModel
        onMount={(editor) => {
          editorRef.current = editor;
        }}
        loading={<div className="editor-loading">Loading the comparison…</div>}
        options={OPTIONS}
      />
    </div>
  );
}
