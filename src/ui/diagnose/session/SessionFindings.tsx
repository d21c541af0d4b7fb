import type { Finding } from '../../../core';
import { useSessionViewStore } from '../../../state/sessionViewStore';
import { formatEntryList } from './sessionFormat';
import { Prose } from '../../common/Prose';

/** The entries a session finding names (every session finding names some). */
function entriesOf(finding: Finding): number[] {
  return 'entries' in finding.data ? finding.data.entries : [];
}

/** What the session as a whole reveals; each finding can narrow the table to its entries. */
export function SessionFindings({
  findings,
  onSelect,
}: {
  findings: readonly Finding[];
  onSelect: (index: number) => void;
}) {
  const focusOn = useSessionViewStore((s) => s.focusOn);
  if (findings.length === 0)
    return (
      <p className="session-clean muted">
        Nothing wrong across the session: no retries too soon, no expiring tokens, no failed preflights or
        redirect loops.
      </p>
    );
  return (
    <section className="card findings session-findings" aria-label="Session findings">
      <h3>Across the session</h3>
      <ul>
        {findings.map((f, i) => {
          const entries = entriesOf(f);
          return (
            <li key={`${f.id}-${i}`} className={`finding severity-${f.severity}`} data-finding={f.id}>
              {/* Titles first, so a long list stays scannable; the most important one starts open. */}
              <details open={i === 0}>
                <summary className="finding-title">
                  <span className="severity">{f.severity}</span> {f.title}
                </summary>
                <p className="finding-detail">
                  <Prose text={f.detail} />
                </p>
              </details>
              {entries.length > 0 && (
                <p className="finding-entries">
                  {entries.length === 1 ? 'Entry' : 'Entries'} {formatEntryList(entries)}{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onSelect(entries[0] as number)}
                  >
                    Diagnose entry {(entries[0] as number) + 1}
                  </button>{' '}
                  {entries.length > 1 && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => focusOn({ title: f.title, entries, of: findings })}
                    >
                      List only these {entries.length}
                    </button>
                  )}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
