import type { JsonWarning } from '../../core';
import { PositionButton } from './PositionButton';

const KIND_LABEL: Record<JsonWarning['kind'], string> = {
  'duplicate-key': 'Duplicate key',
  'number-precision': 'Number changes',
  'lone-surrogate': 'Lone surrogate',
  bom: 'Byte order mark',
  'warnings-truncated': 'More warnings',
};

/** Valid but risky: duplicate keys (both places), numbers JSON.parse would change, lone surrogates. */
export function JsonWarningsList({ warnings }: { warnings: readonly JsonWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <section className="json-warnings-section" aria-label="JSON warnings">
      <h3>
        Warnings <span className="count">({warnings.length})</span>
      </h3>
      <ul className="json-warnings">
        {warnings.map((w, i) => (
          <li key={i} className="problem problem-warning" data-warning={w.kind}>
            <span className="severity">{KIND_LABEL[w.kind] ?? w.kind}</span>
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
    </section>
  );
}
