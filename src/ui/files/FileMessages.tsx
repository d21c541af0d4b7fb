import type { FileOpener } from './useFileOpener';

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
