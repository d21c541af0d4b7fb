import { lazy, Suspense } from 'react';
import { useDiagnoseStore } from '../../state/diagnoseStore';
import type { ResponseAnalysis } from '../../core';
import type { TaskState } from '../../state/useCoreTask';
import { BusyIndicator } from './BusyIndicator';
import { loadDiagnosisResult } from './loadDiagnosisResult';
import { WelcomePanel } from './WelcomePanel';

const DiagnosisResult = lazy(loadDiagnosisResult);

export function ResultsPanel({ analysis }: { analysis: TaskState<ResponseAnalysis> }) {
  const input = useDiagnoseStore((s) => s.input);
  const { result, pending, startedAt, error } = analysis;
  if (input.trim() === '') return <WelcomePanel />;
  return (
    <section className="panel results-panel" aria-label="Diagnosis" aria-busy={pending}>
      {pending && startedAt !== undefined && <BusyIndicator startedAt={startedAt} size={input.length} />}
      {error && (
        <p className="problem problem-error" role="alert">
          Triage could not analyse this input: {error}
        </p>
      )}
      {result && (
        <Suspense fallback={<p className="loading">Loading the diagnosis…</p>}>
          <DiagnosisResult result={result} />
        </Suspense>
      )}
    </section>
  );
}
