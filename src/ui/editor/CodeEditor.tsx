import './monacoSetup';
import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef } from 'react';
import { monaco } from './monacoSetup';
import type { EditorViewProps } from './editorTypes';
import { isTooLargeForMonaco } from './editorLimits';
import { useMonacoNavigation } from './useMonacoNavigation';
import { useMonacoTheme } from './useMonacoTheme';
import { leaveWithEscapeTab } from './leaveWithEscapeTab';

type EditorInstance = Parameters<OnMount>[0];

const SEVERITY = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;

/**
 * The Monaco editor (lazy-loaded chunk). Shows markers, reveals positions the core reports, and
 * serves the navigator (see useMonacoNavigation).
 */
export default function CodeEditor(props: EditorViewProps) {
  const { value, onChange, language, readOnly, label, markers, reveal, height, placeholder } = props;
  const editorRef = useRef<EditorInstance | null>(null);
  const attachNavigation = useMonacoNavigation(props.navigation);
  const theme = useMonacoTheme();

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      'triage',
      (markers ?? []).map((m) => ({
        startLineNumber: m.line,
        startColumn: m.column,
        endLineNumber: m.endLine ?? m.line,
        endColumn: m.endColumn ?? m.column + 1,
        message: m.message,
        severity: SEVERITY[m.severity],
      })),
    );
  }, [markers, value]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor || !reveal) return;
    editor.setPosition({ lineNumber: reveal.line, column: reveal.column });
    editor.revealPositionInCenter({ lineNumber: reveal.line, column: reveal.column });
    editor.focus();
  }, [reveal]);

  return (
    <div
      className="code-editor"
      data-testid={`editor:${label}`}
      style={{ height: height ?? '100%' }}
      onPasteCapture={(event) => {
        // A paste too large for Monaco never reaches it (its own paste handling would freeze the tab
        // for seconds): it replaces the document, which is then shown in the large-document view.
        if (!onChange || readOnly) return;
        const text = event.clipboardData.getData('text/plain');
        if (!isTooLargeForMonaco(text)) return;
        event.preventDefault();
        event.stopPropagation();
        onChange(text);
      }}
    >
      <Editor
        value={value}
        language={language}
        theme={theme}
        onChange={(next) => onChange?.(next ?? '')}
        onMount={(editor) => {
          editorRef.current = editor;
          attachNavigation(editor);
          leaveWithEscapeTab(editor);
        }}
        loading={<div className="editor-loading">Loading editor…</div>}
        options={{
          readOnly: readOnly ?? false,
          ariaLabel: label,
          placeholder,
          minimap: { enabled: false },
          wordWrap: 'on',
          scrollBeyondLastLine: false,
          automaticLayout: true,
          fontSize: 13,
          renderValidationDecorations: 'on',
          tabSize: 2,
          // Pasted responses are data: no suggestions or auto-closing that would alter the user's text.
          quickSuggestions: false,
          suggestOnTriggerCharacters: false,
          autoClosingBrackets: 'never',
          autoClosingQuotes: 'never',
          autoSurround: 'never',
          autoIndent: 'none',
          formatOnPaste: false,
          formatOnType: false,
          links: false,
          largeFileOptimizations: true,
          unicodeHighlight: { ambiguousCharacters: false },
        }}
      />
    </div>
  );
}
