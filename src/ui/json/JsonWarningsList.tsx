import type { JsonWarning } from '../../core';
import { describeWarningCount, groupJsonWarnings } from '../../state/jsonWarnings';
import { JsonWarningGroups } from './JsonWarningGroups';
import { PositionButton } from './PositionButton';
import { Prose } from '../common/Prose';

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
      <JsonWarningGroups
        groups={groups}
        renderWarning={(w) => (
          <>
            <PositionButton line={w.line} column={w.column} />: <Prose text={w.message} />
            {w.kind === 'duplicate-key' && (
              <>
                {' '}
                <PositionButton line={w.firstLine} column={w.firstColumn} label="Show the first: line" />
              </>
            )}
          </>
        )}
      />
    </section>
  );
}
