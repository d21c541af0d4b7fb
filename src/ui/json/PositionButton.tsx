import { useJsonStore } from '../../state/jsonStore';

/** "Line 3, column 14" as a button that moves the editor's cursor there. */
export function PositionButton({ line, column, label }: { line: number; column: number; label?: string }) {
  const revealAt = useJsonStore((s) => s.revealAt);
  return (
    <button
      type="button"
      className="link-button json-position"
      title="Show this position in the editor"
      onClick={() => revealAt(line, column)}
    >
      {label ?? 'Line'} {line}, column {column}
    </button>
  );
}
