import { jsonActions, useJsonActionState } from '../../state/jsonActions';
import { useJsonStore, type JsonIndent } from '../../state/jsonStore';
import { CopyButton } from './CopyButton';
import { OpenFileButton } from '../files/OpenFileButton';
import type { FileOpener } from '../files/useFileOpener';

const INDENTS: readonly { value: string; indent: JsonIndent; label: string }[] = [
  { value: '2', indent: 2, label: '2 spaces' },
  { value: '4', indent: 4, label: '4 spaces' },
  { value: 'tab', indent: 'tab', label: 'Tab' },
];

/** Format, Minify and Clear replace the text only when clicked; Undo restores what they replaced. */
export function JsonToolbar({ opener }: { opener: FileOpener }) {
  const empty = useJsonStore((s) => s.input === '');
  const indent = useJsonStore((s) => s.indent);
  const sortKeys = useJsonStore((s) => s.sortKeys);
  const undo = useJsonStore((s) => (s.undo && s.undo.after === s.input ? s.undo.label : undefined));
  const { setIndent, setSortKeys, undoReplace, clear } = useJsonStore.getState();
  const busy = useJsonActionState((s) => s.busy !== undefined);
  return (
    <div className="toolbar json-toolbar" role="toolbar" aria-label="JSON tools">
      <h1>JSON</h1>
      <OpenFileButton opener={opener} />
      <button
        type="button"
        onClick={jsonActions.format}
        disabled={empty || busy}
        title="Pretty-print without changing any number or string (Alt+Shift+F)"
      >
        Format
      </button>
      <label className="json-option">
        Indent{' '}
        <select
          value={String(indent)}
          onChange={(event) => setIndent(INDENTS.find((i) => i.value === event.target.value)?.indent ?? 2)}
        >
          {INDENTS.map((i) => (
            <option key={i.value} value={i.value}>
              {i.label}
            </option>
          ))}
        </select>
      </label>
      <label className="json-option">
        <input type="checkbox" checked={sortKeys} onChange={(event) => setSortKeys(event.target.checked)} />{' '}
        Sort keys
      </label>
      <button type="button" onClick={jsonActions.minify} disabled={empty || busy} title="Alt+Shift+M">
        Minify
      </button>
      <CopyButton />
      {undo && (
        <button type="button" onClick={undoReplace} title="Restore the text as it was before">
          Undo {undo.toLowerCase()}
        </button>
      )}
      <button type="button" onClick={clear} disabled={empty}>
        Clear
      </button>
    </div>
  );
}
