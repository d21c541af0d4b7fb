import { useState } from 'react';
import { sideLabel, useCompareStore } from '../../state/compareStore';
import { useComparison } from '../../state/useComparison';
import { BodyChangesList } from './BodyChangesList';
import { BodyDiffView } from './BodyDiffView';
import { CompareEmptyState } from './CompareEmptyState';
import { CompareProgress, CompareStopped } from './CompareProgress';
import { ComparisonSummary } from './ComparisonSummary';
import { HeaderDiffTable } from './HeaderDiffTable';
import type { ChangeSelection } from './SideBySideView';
import { SideProblems } from './SideProblems';
import { StatusComparison } from './StatusComparison';
import { useAnnounce } from '../layout/useAnnounce';

/** Everything the comparison found, summary first; an explanation while a side is still empty. */
export function CompareResults() {
  const inputA = useCompareStore((s) => s.a.input);
  const inputB = useCompareStore((s) => s.b.input);
  const nameA = useCompareStore((s) => s.a.name);
  const nameB = useCompareStore((s) => s.b.name);
  const comparison = useComparison();
  const { result, counts, pending, startedAt, progress, cancelled, error } = comparison;
  // A selection belongs to the result it was made in: a new comparison starts with none.
  const [selection, setSelection] = useState<{ of: unknown; selected: ChangeSelection }>();
  const selected = selection && selection.of === result ? selection.selected : undefined;
  useAnnounce(result && !pending ? `Compared: ${result.diff.summary}` : undefined);

  if (inputA.trim() === '' || inputB.trim() === '') return <CompareEmptyState />;
  const names = { a: sideLabel('a', nameA), b: sideLabel('b', nameB) };

  return (
    <section className="compare-results" aria-label="Comparison" aria-busy={pending}>
      {pending && (
        <CompareProgress
          startedAt={startedAt}
          progress={progress}
          size={inputA.length + inputB.length}
          onCancel={comparison.cancel}
        />
      )}
      {cancelled && <CompareStopped onRetry={comparison.retry} />}
      {error && (
        <p className="problem problem-error" role="alert">
          Triage could not compare these inputs: {error}
        </p>
      )}
      {!result && !error && !cancelled && <p className="muted">Comparing…</p>}
      {result && counts && (
        <>
          <ComparisonSummary diff={result.diff} counts={counts} names={names} />
          <SideProblems problemsA={result.problemsA} problemsB={result.problemsB} names={names} />
          <StatusComparison status={result.diff.status} names={names} />
          <HeaderDiffTable headers={result.diff.headers} counts={counts.headers} names={names} />
          <BodyChangesList
            body={result.diff.body}
            onSelect={(change) => setSelection({ of: result, selected: { change } })}
          />
          <BodyDiffView result={result} names={names} selected={selected} />
        </>
      )}
    </section>
  );
}
