import { useRef } from 'react';
import type { FileOpener } from './useFileOpener';

/** What the file dialog offers first; any file can still be picked ("All files"). */
const ACCEPT = '.har,.json,.http,.txt,.log,.curl,.out,.rest,application/json,text/plain';

/** "Open file…": the system file dialog; the file is read in this tab, nothing is uploaded. */
export function OpenFileButton({ opener, label = 'Open file…' }: { opener: FileOpener; label?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const title =
    opener.maxFiles > 1
      ? 'Open a .har, .json, .http or .txt file (choose two to fill both sides); read in this tab, never uploaded'
      : 'Open a .har, .json, .http or .txt file; read in this tab, never uploaded';
  return (
    <>
      <button
        type="button"
        data-shortcut="open-file"
        title={title}
        disabled={opener.busy}
        onClick={() => input.current?.click()}
      >
        {opener.busy ? 'Reading…' : label}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        aria-label={label}
        accept={ACCEPT}
        multiple={opener.maxFiles > 1}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void opener.open(files);
        }}
      />
    </>
  );
}
