import { useJsonStore } from '../../state/jsonStore';

interface PositionButtonProps {
  line: number;
  column: number;
  label?: string;
  /** Where to show the position; the JSON screen's editor by default. */
  onReveal?: (line: number, column: number) => void;
  title?: string;
}

/** "Line 3, column 14" as a button that moves an editor's cursor there. */
export function PositionButton({ line, column, label, onReveal, title }: PositionButtonProps) {
  const revealAt = useJsonStore((s) => s.revealAt);
  return (
    <button
      type="button"
      className="link-button json-position"
      title={title ?? 'Show this position in the editor'}
      onClick={() => (onReveal ?? revealAt)(line, column)}
    >
      {label ?? 'Line'} {line.toLocaleString('en-US')}, column {column.toLocaleString('en-US')}
    </button>
  );
}
