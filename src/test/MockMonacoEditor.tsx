import type { ReactNode } from 'react';

interface MockEditorProps {
  value?: string;
  language?: string;
  onChange?: (value: string | undefined) => void;
  options?: { readOnly?: boolean; ariaLabel?: string };
  loading?: ReactNode;
}

/** Stands in for @monaco-editor/react's Editor in the test DOM: a textarea labelled like the real one. */
function MockEditor({ value, language, onChange, options }: MockEditorProps) {
  return (
    <textarea
      aria-label={options?.ariaLabel}
      data-language={language}
      readOnly={options?.readOnly}
      value={value ?? ''}
      onChange={(event) => onChange?.(event.target.value)}
    />
  );
}

function MockDiffEditor({ original, modified }: { original?: string; modified?: string }) {
  return (
    <div data-testid="mock-diff-editor">
      <pre data-side="original">{original}</pre>
      <pre data-side="modified">{modified}</pre>
    </div>
  );
}

export const mockModule = {
  default: MockEditor,
  Editor: MockEditor,
  DiffEditor: MockDiffEditor,
  loader: { config: () => undefined },
};
