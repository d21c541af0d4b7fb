import type { ReactNode } from 'react';
import type { FileOpener } from './useFileOpener';

/**
 * An input panel (a labelled <section>) that takes dropped files, with an outline and a caption while
 * a file is dragged over it. Text dragged within the page is left to the editor.
 */
export function FileDropZone({
  opener,
  caption,
  label,
  className,
  children,
}: {
  opener: FileOpener;
  /** What dropping does, e.g. "Drop to diagnose the file". */
  caption: string;
  /** The section's accessible name. */
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      className={`drop-zone ${className ?? ''}`}
      aria-label={label}
      data-dragging={opener.dragging || undefined}
      {...opener.dropHandlers}
    >
      {children}
      {opener.dragging && (
        <div className="drop-caption" aria-hidden="true">
          {caption}
        </div>
      )}
    </section>
  );
}

/** Why the last file could not be opened, or how it was read; dismissable. */
export function FileMessages({ opener }: { opener: FileOpener }) {
  if (opener.messages.length === 0) return null;
  const failed = opener.messages.some((m) => m.kind === 'error');
  return (
    <div className={`notice file-messages ${failed ? 'file-error' : ''}`} role={failed ? 'alert' : 'status'}>
      <ul>
        {opener.messages.map((m, i) => (
          <li key={i}>{m.text}</li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={opener.dismiss}>
        Dismiss
      </button>
    </div>
  );
}
