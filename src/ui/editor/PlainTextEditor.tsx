import { useLayoutEffect, useRef } from 'react';
import type { CodeEditorProps } from './editorTypes';

/**
 * A plain textarea with the editor's props: shown while Monaco loads (so a paste works at once) and
 * for documents too large for Monaco to display comfortably.
 *
 * Uncontrolled on purpose: React's controlled textarea also writes the text into a DOM text node
 * (defaultValue), which costs a long main-thread task for a multi-MB document. Only `.value` is set,
 * and only when it differs from what the user typed.
 */
export function PlainTextEditor({ value, onChange, readOnly, label, height, placeholder }: CodeEditorProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element && element.value !== value) element.value = value;
  }, [value]);
  return (
    <textarea
      ref={ref}
      className="plain-editor"
      aria-label={label}
      readOnly={readOnly ?? !onChange}
      placeholder={placeholder}
      spellCheck={false}
      style={{ height: height ?? '100%' }}
      onChange={(event) => onChange?.(event.target.value)}
    />
  );
}
