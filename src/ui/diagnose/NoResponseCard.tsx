import type { FindingOf, ResponseVerdict } from '../../core';
import { TitledList } from '../common/TitledList';
import { VerdictLine } from './VerdictLine';

/**
 * A request that got no HTTP response: the cause, what the client said, the likely culprits, the
 * commands that confirm them, and whether a retry can help.
 */
export function NoResponseCard({
  finding,
  verdict,
}: {
  finding: FindingOf<'no-response'>;
  verdict: ResponseVerdict;
}) {
  const { toolName, code, message, codeMeaning, causeLabel, meaning, culprits, confirm } = finding.data;
  return (
    <article className="card status-card no-response-card cat-invalid" aria-label="No response">
      <div className="status-line">
        <span className="status-name">No response</span>
        <span className="status-category">{causeLabel}</span>
      </div>
      <h3 className="no-response-title">{finding.title}</h3>
      <VerdictLine verdict={verdict} />
      <p className="no-response-said">
        {toolName} said{code && code !== message ? ` (${code})` : ''}: <code>{message}</code>
      </p>
      <p className="status-summary">{meaning}</p>
      {codeMeaning && (
        <p className="no-response-code">
          curl exit code {code}: {codeMeaning}
        </p>
      )}
      <TitledList className="guidance-list" title="Likely culprits" items={culprits} />
      <div className="guidance-list">
        <h4>How to confirm</h4>
        <ul className="confirm-steps">
          {confirm.map((step, i) => (
            <li key={i}>
              {'command' in step ? (
                <>
                  <code className="confirm-command">{step.command}</code>
                  {step.note && <span className="confirm-note"> {step.note}</span>}
                </>
              ) : (
                step.text
              )}
            </li>
          ))}
        </ul>
      </div>
    </article>
  );
}
