import type { Diagnosis } from '../../core';
import { retryVerdictLabel } from '../../state/knowledge';
import { TitledList } from '../common/TitledList';
import { BackoffSchedule } from './BackoffSchedule';

/** What to do: retry verdict, next steps for this response, causes, handling, backoff, pitfalls. */
export function GuidancePanel({ diagnosis }: { diagnosis: Diagnosis }) {
  const { status, nextSteps, backoff } = diagnosis;
  return (
    <section className="card guidance" aria-label="Guidance">
      <h3>What to do</h3>
      <p className={`retry-verdict verdict-${status.retry.verdict}`}>
        <strong>{retryVerdictLabel(status.retry.verdict)}.</strong> {status.retry.explanation}
      </p>
      {nextSteps.length > 0 && (
        <div className="guidance-list">
          <h4>Next steps</h4>
          <ol>
            {nextSteps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </div>
      )}
      {backoff && <BackoffSchedule plan={backoff} />}
      <TitledList className="guidance-list" title="Common causes" items={status.causes} />
      <TitledList className="guidance-list" title="How to handle it" items={status.handling} />
      {status.confusedWith.length > 0 && (
        <div className="guidance-list">
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
      <TitledList className="guidance-list" title="Notes" items={status.notes} />
    </section>
  );
}
