import { useDiagnoseStore } from '../../state/diagnoseStore';
import type { ResponseAnalysis } from '../../core';
import type { TaskState } from '../../state/useCoreTask';
import { BodyPanel } from './BodyPanel';
import { BusyIndicator } from './BusyIndicator';
import { CopyDiagnosisButton } from './CopyDiagnosisButton';
import { FindingsList } from './FindingsList';
import { GuidancePanel } from './GuidancePanel';
import { HeadersTable } from './HeadersTable';
import { ProblemsList } from './ProblemsList';
import { RequestPanel } from './RequestPanel';
import { SessionView } from './session/SessionView';
import { StatusCard } from './StatusCard';
import { WelcomePanel } from './WelcomePanel';

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
        <>
          <div className="results-header">
            <ProblemsList problems={result.problems} kind={result.kind} />
            <CopyDiagnosisButton analysis={result} />
          </div>
          {result.exchanges.length > 1 && (
            <SessionView kind={result.kind} selectedIndex={result.selectedIndex} />
          )}
          {result.diagnosis && result.exchange && (
            <>
              <StatusCard status={result.diagnosis.status} response={result.exchange.response} />
              <FindingsList findings={result.diagnosis.findings} />
              <GuidancePanel diagnosis={result.diagnosis} />
              <HeadersTable headers={result.exchange.response.headers} title="Response headers" />
            </>
          )}
          <BodyPanel body={result.body} />
          {result.exchange?.request && <RequestPanel request={result.exchange.request} />}
        </>
      )}
    </section>
  );
}
