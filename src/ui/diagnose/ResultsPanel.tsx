import { useDiagnoseStore } from '../../state/diagnoseStore';
import type { FindingOf, ResponseAnalysis } from '../../core';
import type { TaskState } from '../../state/useCoreTask';
import { BodyPanel } from './BodyPanel';
import { BusyIndicator } from './BusyIndicator';
import { CommandLine } from './CommandLine';
import { CopyDiagnosisButton } from './CopyDiagnosisButton';
import { FindingsList } from './FindingsList';
import { GuidancePanel } from './GuidancePanel';
import { HeadersTable } from './HeadersTable';
import { NoResponseCard } from './NoResponseCard';
import { ProblemsList } from './ProblemsList';
import { RequestPanel } from './RequestPanel';
import { SessionView } from './session/SessionView';
import { StatusCard } from './StatusCard';
import { WelcomePanel } from './WelcomePanel';

export function ResultsPanel({ analysis }: { analysis: TaskState<ResponseAnalysis> }) {
  const input = useDiagnoseStore((s) => s.input);
  const { result, pending, startedAt, error } = analysis;
  if (input.trim() === '') return <WelcomePanel />;
  const noResponse = result?.diagnosis?.findings.find(
    (f): f is FindingOf<'no-response'> => f.id === 'no-response',
  );
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
          {result.command !== undefined && <CommandLine command={result.command} />}
          {result.exchanges.length > 1 && (
            <SessionView kind={result.kind} selectedIndex={result.selectedIndex} />
          )}
          {result.diagnosis && result.exchange && noResponse && (
            <>
              <NoResponseCard finding={noResponse} verdict={result.diagnosis.verdict} />
              <FindingsList findings={result.diagnosis.findings.filter((f) => f !== noResponse)} />
              <GuidancePanel diagnosis={result.diagnosis} />
            </>
          )}
          {result.diagnosis && result.exchange && !noResponse && (
            <>
              <StatusCard
                status={result.diagnosis.status}
                response={result.exchange.response}
                verdict={result.diagnosis.verdict}
              />
              <FindingsList findings={result.diagnosis.findings} />
              <GuidancePanel diagnosis={result.diagnosis} />
              <HeadersTable headers={result.exchange.response.headers} title="Response headers" />
            </>
          )}
          {!noResponse && <BodyPanel body={result.body} />}
          {result.exchange?.request && <RequestPanel request={result.exchange.request} />}
        </>
      )}
    </section>
  );
}
