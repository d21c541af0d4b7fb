import type { Finding, ResponseVerdict } from '../../core';
import { TitledList } from '../common/TitledList';
import { VerdictLine } from './VerdictLine';

type Check = { command?: string; note?: string; text?: string };

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function checks(value: unknown): Check[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is Check => typeof v === 'object' && v !== null);
}

/**
 * A request that got no HTTP response: the cause, what the client said, the likely culprits, the
 * commands that confirm them, and whether a retry can help.
 */
export function NoResponseCard({ finding, verdict }: { finding: Finding; verdict: ResponseVerdict }) {
  const data = finding.data ?? {};
  const tool = str(data['toolName']) ?? 'The client';
  const code = str(data['code']);
  const message = str(data['message']) ?? '';
  const codeMeaning = str(data['codeMeaning']);
  return (
    <article className="card status-card no-response-card cat-invalid" aria-label="No response">
      <div className="status-line">
        <span className="status-name">No response</span>
        <span className="status-category">{str(data['causeLabel'])}</span>
      </div>
      <h3 className="no-response-title">{finding.title}</h3>
      <VerdictLine verdict={verdict} />
      <p className="no-response-said">
        {tool} said{code && code !== message ? ` (${code})` : ''}: <code>{message}</code>
      </p>
      <p className="status-summary">{str(data['meaning'])}</p>
      {codeMeaning && (
        <p className="no-response-code">
          curl exit code {code}: {codeMeaning}
        </p>
      )}
      <TitledList className="guidance-list" title="Likely culprits" items={strings(data['culprits'])} />
      <div className="guidance-list">
        <h4>How to confirm</h4>
        <ul className="confirm-steps">
          {checks(data['confirm']).map((step, i) => (
            <li key={i}>
              {step.command !== undefined ? (
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
