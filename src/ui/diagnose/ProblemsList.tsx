import type { InputKind, Problem } from '../../core';
import { Prose } from '../common/Prose';

const KIND_LABEL: Record<InputKind, string> = {
  raw: 'Raw HTTP response',
  'curl-verbose': 'curl -v output',
  har: 'HAR file',
  'body-only': 'Body only (no status line)',
  'no-response': 'No response (the request failed before any answer)',
  empty: 'Empty',
  unrecognized: 'Not recognised',
};

/** What kind of input Triage recognised, and anything unusual about it, with line numbers. */
export function ProblemsList({ problems, kind }: { problems: readonly Problem[]; kind: InputKind }) {
  return (
    <div className="input-summary">
      <p className="input-kind">
        Read as: <strong>{KIND_LABEL[kind]}</strong>
      </p>
      {problems.length > 0 && (
        <ul className="problems" aria-label="Input problems">
          {problems.map((p, i) => (
            <li key={i} className={`problem problem-${p.severity}`}>
              <span className="severity">{p.severity}</span>
              {p.line !== undefined && <span className="line">line {p.line}</span>} <Prose text={p.message} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
