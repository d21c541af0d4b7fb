import type { JsonWarning } from '../../core';
import { groupJsonWarnings } from '../../state/jsonWarnings';
import { JsonWarningGroups } from '../json/JsonWarningGroups';
import { PositionButton } from '../json/PositionButton';
import { Prose } from '../common/Prose';

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
      <JsonWarningGroups
        groups={groups}
        listClassName="body-warning-list"
        renderWarning={(w) => (
          <>
            <PositionButton
              line={w.line}
              column={w.column}
              onReveal={onReveal}
              title="Show this position in the body"
            />
            : <Prose text={w.message} />
          </>
        )}
      />
    </details>
  );
}
