import type { Diagnosis } from '../../core';
import { TitledList } from '../common/TitledList';
import { BackoffSchedule } from './BackoffSchedule';
import { StepActionLink } from './StepActionLink';
import { Prose } from '../common/Prose';

/**
 * What to do: the next steps for this response and its backoff plan (both follow the verdict the status
 * card leads with), then what is true of the status code in general: causes, handling, pitfalls.
 */
export function GuidancePanel({ diagnosis }: { diagnosis: Diagnosis }) {
  const { status, nextSteps, backoff } = diagnosis;
  const general = status.code !== 0;
  return (
    <section className="card guidance" aria-label="Guidance">
      <h3>What to do</h3>
      {nextSteps.length > 0 && (
        <div className="guidance-list">
          <h4>Next steps</h4>
          <ol>
            {nextSteps.map((step) => (
              <li key={step.id} data-step={step.id}>
                <Prose text={step.text} />
                {step.action && (
                  <>
                    {' '}
                    <StepActionLink action={step.action} />
                  </>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
      {backoff && <BackoffSchedule plan={backoff} />}
      {general && (
        <TitledList
          className="guidance-list"
          title={`Common causes of a ${status.code}`}
          items={status.causes}
        />
      )}
      {general && (
        <TitledList
          className="guidance-list"
          title={`Handling a ${status.code} in general`}
          items={status.handling}
        />
      )}
      {general && status.confusedWith.length > 0 && (
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
      {general && <TitledList className="guidance-list" title="Notes" items={status.notes} />}
    </section>
  );
}
