import { jsonActions, useJsonActionState } from '../../state/jsonActions';
import { RepairDiff } from './RepairDiff';

/** The suggested repair: what changes, as a list and a diff; applied only when the user accepts it. */
export function RepairPreview() {
  const repair = useJsonActionState((s) => s.repair);
  if (!repair) return null;
  const { suggestion, original } = repair;
  if (!suggestion.ok) {
    return (
      <section className="card repair-preview" aria-label="Repair preview">
        <h3>No repair found</h3>
        <p>{suggestion.reason}</p>
        <p className="muted">Fix the error by hand: its position and hint are listed beside the editor.</p>
        <button type="button" onClick={jsonActions.dismissRepair}>
          Dismiss
        </button>
      </section>
    );
  }
  return (
    <section className="card repair-preview" aria-label="Repair preview">
      <div className="toolbar">
        <h3>Suggested repair</h3>
        <button type="button" className="primary" onClick={jsonActions.acceptRepair}>
          Accept repair
        </button>
        <button type="button" onClick={jsonActions.dismissRepair}>
          Dismiss
        </button>
      </div>
      {suggestion.changes.length > 0 && (
        <ul className="repair-changes" aria-label="Repair changes">
          {suggestion.changes.map((change, i) => (
            <li key={i}>{change}</li>
          ))}
        </ul>
      )}
      <p className="muted">
        Left: your text. Right: the repaired text. Accepting replaces your text; Undo brings it back.
      </p>
      <div className="repair-diff">
        <RepairDiff original={original} modified={suggestion.text} />
      </div>
    </section>
  );
}
