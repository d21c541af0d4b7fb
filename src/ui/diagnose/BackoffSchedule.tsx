import type { BackoffPlan } from '../../core';
import { formatDuration } from '../../state/knowledge';

/** The retry schedule as a table: attempt, wait, jitter; then the rules it follows. */
export function BackoffSchedule({ plan }: { plan: BackoffPlan }) {
  return (
    <div className="backoff">
      <h4>Backoff plan</h4>
      <table aria-label="Backoff schedule">
        <thead>
          <tr>
            <th scope="col">Retry</th>
            <th scope="col">Wait</th>
            <th scope="col">Plus jitter</th>
          </tr>
        </thead>
        <tbody>
          {plan.steps.map((step) => (
            <tr key={step.attempt}>
              <td>{step.attempt}</td>
              <td>
                {formatDuration(step.baseDelayMs / 1000)}
                {step.source === 'server' && <span className="wait-source"> as the server asked</span>}
              </td>
              <td>
                {step.jitterMinMs}–{step.jitterMaxMs} ms
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="backoff-rules">
        {plan.rules.map((rule, i) => (
          <li key={i}>{rule}</li>
        ))}
      </ul>
    </div>
  );
}
