import type { Finding } from '../../core';
import { Prose } from '../common/Prose';
import { FindingData } from './FindingData';

/** Findings in the order the core ranked them (most important first). */
export function FindingsList({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <section className="card findings" aria-label="Findings">
      <h3>What the response says</h3>
      <ul>
        {findings.map((f, i) => (
          <li key={`${f.id}-${i}`} className={`finding severity-${f.severity}`} data-finding={f.id}>
            <div className="finding-title">
              <span className="severity">{f.severity}</span> {f.title}
            </div>
            <p className="finding-detail">
              <Prose text={f.detail} />
            </p>
            <FindingData finding={f} />
          </li>
        ))}
      </ul>
    </section>
  );
}
