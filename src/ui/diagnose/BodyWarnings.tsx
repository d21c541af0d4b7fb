import type { JsonWarning } from '../../core';
import { groupJsonWarnings } from '../../state/jsonWarnings';
import { PositionButton } from '../json/PositionButton';

interface BodyWarningsProps {
  warnings: readonly JsonWarning[];
  /** Whether the body is shown formatted (positions are then in the formatted text). */
  formatted: boolean;
  onReveal: (line: number, column: number) => void;
}

/**
 * The body's JSON warnings in one line per kind, with true counts, folded away by default so the
 * body stays in view; opened, each position is a button that shows it in the body below.
 */
export function BodyWarnings({ warnings, formatted, onReveal }: BodyWarningsProps) {
  const groups = groupJsonWarnings(warnings);
  if (groups.length === 0) return null;
  return (
    <details className="body-warnings" aria-label="JSON warnings">
      <summary>
        <span className="severity">Warnings</span> {groups.map((g) => g.title).join(' · ')}
      </summary>
      <p className="muted">
        Positions are in the body {formatted ? 'as formatted below' : 'below'}: click one to show it there.
      </p>
      {groups.map((group) => (
        <div key={group.kind} className="json-warning-group" data-warning-group={group.kind}>
          <h4>
            {group.title}
            {group.listed.length < group.total && (
              <span className="count"> (the first {group.listed.length} are listed)</span>
            )}
          </h4>
          <ul className="json-warnings body-warning-list">
            {group.listed.map((w, i) => (
              <li key={i} className="problem problem-warning">
                <PositionButton
                  line={w.line}
                  column={w.column}
                  onReveal={onReveal}
                  title="Show this position in the body"
                />
                : {w.message}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}
