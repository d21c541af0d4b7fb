import { useState } from 'react';

/** Characters of a value shown before "Show all"; the list stays light with thousands of changes. */
export const VALUE_SHOWN_CHARS = 300;
/** Even "Show all" stops here: past it, the side-by-side view and the copied reports have the value. */
export const VALUE_MAX_CHARS = 100_000;

/** A value's JSON text (or a line), wrapping, cut when long with a button to read it all. */
export function ValueText({ text, className }: { text: string; className: string }) {
  const [expanded, setExpanded] = useState(false);
  const limit = expanded ? VALUE_MAX_CHARS : VALUE_SHOWN_CHARS;
  const cut = text.length > limit;
  return (
    <span className="value-text">
      <code className={className}>{cut ? `${text.slice(0, limit)}…` : text}</code>
      {text.length > VALUE_SHOWN_CHARS && !expanded && (
        <button type="button" className="link-button" onClick={() => setExpanded(true)}>
          Show all {text.length.toLocaleString('en')} characters
        </button>
      )}
      {expanded && cut && (
        <span className="muted">
          {' '}
          ({(text.length - limit).toLocaleString('en')} more characters not shown)
        </span>
      )}
    </span>
  );
}
