import { EXAMPLES } from '../../state/knowledge';

/** Loads a sample failing response; replaces the input only when the user picks one. */
export function ExamplesMenu({ onPick }: { onPick: (text: string) => void }) {
  return (
    <select
      className="examples-menu"
      aria-label="Load an example"
      value=""
      onChange={(event) => {
        const example = EXAMPLES.find((e) => e.id === event.target.value);
        if (example) onPick(example.text);
      }}
    >
      <option value="">Load an example…</option>
      {EXAMPLES.map((e) => (
        <option key={e.id} value={e.id}>
          {e.title}
        </option>
      ))}
    </select>
  );
}
