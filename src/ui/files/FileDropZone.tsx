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
