import type { CodeEditorProps } from './editorTypes';

/**
 * A plain textarea with the editor's props: shown while Monaco loads (so a paste works at once) and
 * for documents too large for Monaco to display comfortably.
 */
export function PlainTextEditor({ value, onChange, readOnly, label, height, placeholder }: CodeEditorProps) {
  return (
    <textarea
      className="plain-editor"
      aria-label={label}
      value={value}
      readOnly={readOnly ?? !onChange}
      placeholder={placeholder}
      spellCheck={false}
      style={{ height: height ?? '100%' }}
      onChange={(event) => onChange?.(event.target.value)}
    />
  );
}
