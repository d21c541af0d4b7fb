import type { FindingOf, ResponseAnalysis } from '../../core';
import { BodyPanel } from './BodyPanel';
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

/**
 * What Diagnose shows once an input is analysed. Loaded on demand (ResultsPanel): the first paint
 * needs only the input and the welcome panel, and this view with the catalogue lookups and reports
 * it uses is a large part of the app.
 */
export default function DiagnosisResult({ result }: { result: ResponseAnalysis }) {
  const noResponse = result.diagnosis?.findings.find(
    (f): f is FindingOf<'no-response'> => f.id === 'no-response',
  );
  return (
    <>
      <div className="results-header">
        <ProblemsList problems={result.problems} kind={result.kind} />
        <CopyDiagnosisButton analysis={result} />
      </div>
      {result.command !== undefined && <CommandLine command={result.command} />}
      {result.exchanges.length > 1 && <SessionView kind={result.kind} selectedIndex={result.selectedIndex} />}
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
  );
}
