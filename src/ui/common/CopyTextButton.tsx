import { useState } from 'react';

/** The outcome of the last copy, for the source it was made from (a newer source hides it). */
type CopyState =
  { kind: 'idle' } | { kind: 'copied'; of: unknown } | { kind: 'failed'; of: unknown; text: string };

interface CopyTextButtonProps {
  /** What the text is made from; when it changes, the last copy's outcome is no longer shown. */
  source: unknown;
  makeText: () => string;
  label: string;
  title: string;
  copiedMessage: string;
  /** Accessible name of the text shown for manual copying when the clipboard is refused. */
  fallbackLabel: string;
  /** The keyboard shortcut that clicks this button (ui/keyboard/shortcuts.ts). */
  shortcut?: string;
}

/** Copies text to the clipboard; shows it for manual copy if the browser refuses. */
export function CopyTextButton({
  source,
  makeText,
  label,
  title,
  copiedMessage,
  fallbackLabel,
  shortcut,
}: CopyTextButtonProps) {
  const [last, setState] = useState<CopyState>({ kind: 'idle' });
  const state: CopyState = last.kind !== 'idle' && last.of === source ? last : { kind: 'idle' };

  const copy = async () => {
    const text = makeText();
    try {
      await navigator.clipboard.writeText(text);
      setState({ kind: 'copied', of: source });
    } catch {
      setState({ kind: 'failed', of: source, text });
    }
  };

  return (
    <>
      <button type="button" onClick={() => void copy()} title={title} data-shortcut={shortcut}>
        {label}
      </button>
      {state.kind === 'copied' && (
        <span className="copy-status" role="status">
          {copiedMessage}
        </span>
      )}
      {state.kind === 'failed' && (
        <div className="copy-fallback">
          <p className="notice" role="status">
            The browser refused the clipboard: select the text below and copy it.
          </p>
          <textarea aria-label={fallbackLabel} readOnly value={state.text} rows={8} />
        </div>
      )}
    </>
  );
}
