import { useState } from 'react';
import type { BodyChange } from '../../core';
import { sideLabel, useCompareStore } from '../../state/compareStore';
import { useComparison } from '../../state/useComparison';
import { BusyIndicator } from '../diagnose/BusyIndicator';
import { BodyChangesList } from './BodyChangesList';
import { BodyDiffView } from './BodyDiffView';
import type { DiffReveal } from '../editor/diffEditorTypes';
import { CompareEmptyState } from './CompareEmptyState';
import { ComparisonSummary } from './ComparisonSummary';
import { HeaderDiffTable } from './HeaderDiffTable';
import { lineOfTextPath, locatePointer } from '../../state/compareText';
import { SideProblems } from './SideProblems';
import { StatusComparison } from './StatusComparison';
import { useAnnounce } from '../layout/useAnnounce';

/** Everything the comparison found, summary first; an explanation while a side is still empty. */
export function CompareResults() {
  const inputA = useCompareStore((s) => s.a.input);
  const inputB = useCompareStore((s) => s.b.input);
  const nameA = useCompareStore((s) => s.a.name);
  const nameB = useCompareStore((s) => s.b.name);
  const { result, counts, pending, startedAt, error } = useComparison();
  const [reveal, setReveal] = useState<DiffReveal>();
  useAnnounce(result && !pending ? `Compared: ${result.diff.summary}` : undefined);

  if (inputA.trim() === '' || inputB.trim() === '') return <CompareEmptyState />;
  const names = { a: sideLabel('a', nameA), b: sideLabel('b', nameB) };

  const jumpTo = (change: BodyChange) => {
    if (!result) return;
    // Removed values exist only in A; every other change is located in B.
    const side = change.change === 'removed' ? 'a' : 'b';
    const text = side === 'a' ? result.bodyA : result.bodyB;
    const line =
      result.diff.body.kind === 'text'
        ? (lineOfTextPath(change.path) ?? 1)
        : locatePointer(text, change.path);
    setReveal({ side, line });
  };

  return (
    <section className="compare-results" aria-label="Comparison" aria-busy={pending}>
      {pending && startedAt !== undefined && (
        <BusyIndicator startedAt={startedAt} size={inputA.length + inputB.length} />
      )}
      {error && (
        <p className="problem problem-error" role="alert">
          Triage could not compare these inputs: {error}
        </p>
      )}
      {!result && !error && <p className="muted">Comparing…</p>}
      {result && counts && (
        <>
          <ComparisonSummary diff={result.diff} counts={counts} names={names} />
          <SideProblems problemsA={result.problemsA} problemsB={result.problemsB} names={names} />
          <StatusComparison status={result.diff.status} names={names} />
          <HeaderDiffTable headers={result.diff.headers} names={names} />
          <BodyChangesList body={result.diff.body} onSelect={jumpTo} />
          <BodyDiffView
            bodyA={result.bodyA}
            bodyB={result.bodyB}
            language={result.language}
            names={names}
            reveal={reveal}
          />
        </>
      )}
    </section>
  );
}
