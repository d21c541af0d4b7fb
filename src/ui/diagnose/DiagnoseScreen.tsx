import { useDiagnosis } from '../../state/useDiagnosis';
import { InputPanel } from './InputPanel';
import { ResultsPanel } from './ResultsPanel';
import { useDiagnosisAnnouncement } from './useDiagnosisAnnouncement';

/** The landing screen: paste on the left, the diagnosis on the right (stacked when narrow). */
export function DiagnoseScreen() {
  const analysis = useDiagnosis();
  useDiagnosisAnnouncement(analysis);
  const kind = analysis.result?.kind;
  // A HAR file is JSON, and so is a bare JSON body: highlight the paste as what it was read as.
  const language =
    kind === 'har' || (kind === 'body-only' && analysis.result?.body.language === 'json')
      ? 'json'
      : 'plaintext';
  return (
    <div className={`diagnose-screen${(analysis.result?.exchanges.length ?? 0) > 1 ? ' has-session' : ''}`}>
      <InputPanel language={language} />
      <ResultsPanel analysis={analysis} />
    </div>
  );
}
