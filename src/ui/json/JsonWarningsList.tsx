import type { JsonWarning } from '../../core';
import { describeWarningCount, groupJsonWarnings } from '../../state/jsonWarnings';
import { PositionButton } from './PositionButton';

/**
 * Valid but risky, grouped by kind with true counts: duplicate keys (both places), numbers JSON.parse
 * would change, unpaired surrogates, deep nesting, a byte order mark. Every position is a button.
 */
export function JsonWarningsList({ warnings }: { warnings: readonly JsonWarning[] }) {
  const groups = groupJsonWarnings(warnings);
  if (groups.length === 0) return null;
  return (
    <section className="json-warnings-section" aria-label="JSON warnings">
      <h3>
        Warnings <span className="count">({describeWarningCount(warnings)})</span>
      </h3>
      {groups.map((group) => (
        <div key={group.kind} className="json-warning-group" data-warning-group={group.kind}>
          <h4>
            {group.title}
            {group.listed.length < group.total && (
              <span className="count"> (the first {group.listed.length} are listed)</span>
            )}
          </h4>
          <ul className="json-warnings">
            {group.listed.map((w, i) => (
              <li key={i} className="problem problem-warning" data-warning={w.kind}>
                <PositionButton line={w.line} column={w.column} />: {w.message}
                {w.kind === 'duplicate-key' && (
                  <>
                    {' '}
                    <PositionButton line={w.firstLine} column={w.firstColumn} label="Show the first: line" />
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
