interface FoldControlProps {
  deepest: number;
  onFold: (depth: number) => void;
  onUnfoldAll: () => void;
}

/** Monaco offers fold levels 1 to 7, counting the top-level value as level 1. */
const MAX_FOLD_DEPTH = 6;

/** "Fold at depth N" and "Unfold all", as one menu: it acts on choice and returns to its label. */
export function FoldControl({ deepest, onFold, onUnfoldAll }: FoldControlProps) {
  const depths = Array.from({ length: Math.min(deepest, MAX_FOLD_DEPTH) }, (_, i) => i + 1);
  return (
    <select
      className="fold-control"
      aria-label="Fold"
      title="Fold every block at a depth (1: the members of the top-level value), or unfold all"
      value=""
      onChange={(event) => {
        const choice = event.target.value;
        if (choice === 'unfold') onUnfoldAll();
        else if (choice !== '') onFold(Number(choice));
      }}
    >
      <option value="">Fold…</option>
      {depths.map((depth) => (
        <option key={depth} value={depth}>
          Fold depth {depth}
        </option>
      ))}
      <option value="unfold">Unfold all</option>
    </select>
  );
}
