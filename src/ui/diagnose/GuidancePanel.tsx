import type { Diagnosis, RetryVerdict } from '../../core';
import { TitledList } from '../common/TitledList';
import { BackoffSchedule } from './BackoffSchedule';

const VERDICT_LABEL: Record<RetryVerdict, string> = {
  never: 'Do not retry',
  'after-fix': 'Retry only after fixing the request',
  'with-backoff': 'Retry with backoff',
  'after-verify': 'Retry only after checking the first attempt did not take effect',
  'not-applicable': 'Nothing to retry',
};

/** What to do: retry verdict, next steps for this response, causes, handling, backoff, pitfalls. */
export function GuidancePanel({ diagnosis }: { diagnosis: Diagnosis }) {
  const { status, nextSteps, backoff } = diagnosis;
  return (
    <section className="card guidance" aria-label="Guidance">
      <h3>What to do</h3>
      <p className={`retry-verdict verdict-${status.retry.verdict}`}>
        <strong>{VERDICT_LABEL[status.retry.verdict]}.</strong> {status.retry.explanation}
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
