import type { StatusInfo } from '../../core';
import { TitledList } from '../common/TitledList';

/** The full guidance for one code, as on the Diagnose screen but without a response. */
export function StatusDetails({ status }: { status: StatusInfo }) {
  return (
    <div className="status-details">
      <p>{status.description}</p>
      {status.formerNames.length > 0 && (
        <p className="muted">Also known as: {status.formerNames.join(', ')}.</p>
      )}
      <p>
        <strong>Retry:</strong> {status.retry.explanation}
      </p>
      <div className="details-grid">
        <TitledList title="When you see it" items={status.whenYouSeeIt} />
        <TitledList title="Common causes" items={status.causes} />
        <TitledList title="How to handle it" items={status.handling} />
        <TitledList title="Notes" items={status.notes} />
      </div>
      {status.confusedWith.length > 0 && (
        <div>
          <h4>Often confused with</h4>
          <ul>
            {status.confusedWith.map((c) => (
              <li key={c.code}>
                <a href={`#/codes/${c.code}`}>{c.code}</a>: {c.explanation}
              </li>
            ))}
          </ul>
        </div>
      )}
      {status.spec && (
        <p>
          <a href={status.spec.url} target="_blank" rel="noopener noreferrer">
            {status.spec.label}
          </a>
        </p>
      )}
    </div>
  );
}
