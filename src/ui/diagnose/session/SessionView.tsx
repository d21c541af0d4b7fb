import { useMemo } from 'react';
import type { InputKind } from '../../../core';
import { sessionRows } from '../../../state/sessionRows';
import { useSessionViewStore } from '../../../state/sessionViewStore';
import { useDiagnoseStore } from '../../../state/diagnoseStore';
import { useSession } from '../../../state/useSession';
import { formatSessionMarkdown } from '../../../state/diagnosisText';
import { CopyTextButton } from '../../common/CopyTextButton';
import { SanitizePanel } from './SanitizePanel';
import { SessionFindings } from './SessionFindings';
import { SessionTable } from './SessionTable';
import { SessionToolbar } from './SessionToolbar';
import { TimingBreakdown } from './TimingBreakdown';
import { formatElapsed } from './sessionFormat';
import './session.css';

/**
 * A recording (HAR, redirect chain, pipelined responses) as a session: what it reveals as a whole,
 * and every entry in a table; the entry picked there is diagnosed below as a single response.
 */
export function SessionView({ kind, selectedIndex }: { kind: InputKind; selectedIndex: number }) {
  const session = useSession(true);
  const selectExchange = useDiagnoseStore((s) => s.selectExchange);
  const filter = useSessionViewStore((s) => s.filter);
  const query = useSessionViewStore((s) => s.query);
  const sort = useSessionViewStore((s) => s.sort);
  const storedFocus = useSessionViewStore((s) => s.focus);
  const focus = storedFocus?.of === session.result?.findings ? storedFocus : undefined;
  const entries = session.result?.entries;
  const rows = useMemo(
    () => sessionRows(entries ?? [], { filter, query, sort, focus }),
    [entries, filter, query, sort, focus],
  );
  const result = session.result;
  if (!result) {
    if (session.error)
      return (
        <p className="problem problem-error" role="alert">
          Triage could not read this session: {session.error}
        </p>
      );
    return session.pending ? <p className="busy">Reading the session…</p> : null;
  }
  return (
    <section className="session" aria-label="Session">
      <div className="session-heading">
        <h2>
          {kind === 'har' ? 'HAR recording' : 'Exchange sequence'}: {result.entries.length} entries
          <span className="muted">
            {' '}
            · {result.failedCount} failed
            {result.spanMs !== undefined ? ` · over ${formatElapsed(result.spanMs)}` : ''}
          </span>
        </h2>
        <div className="session-actions">
          <CopyTextButton
            source={result}
            makeText={() => formatSessionMarkdown(result)}
            label="Copy session summary"
            title="The session findings and the failed entries as Markdown for a ticket; secrets in URLs masked"
            copiedMessage="Copied as Markdown (secrets in URLs masked)"
            fallbackLabel="Session summary"
          />
          {kind === 'har' && <SanitizePanel />}
        </div>
      </div>
      <SessionFindings findings={result.findings} onSelect={selectExchange} />
      <SessionToolbar shown={rows.length} total={result.entries.length} focused={focus !== undefined} />
      <SessionTable
        rows={rows}
        total={result.entries.length}
        selectedIndex={selectedIndex}
        spanMs={result.spanMs ?? 0}
        onSelect={selectExchange}
      />
      <TimingBreakdown entry={result.entries[selectedIndex]} />
    </section>
  );
}
