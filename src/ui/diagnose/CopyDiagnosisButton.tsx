import type { ResponseAnalysis } from '../../core';
import { formatDiagnosisReport } from '../../state/diagnosisText';
import { CopyTextButton } from '../common/CopyTextButton';

/** Copies the diagnosis as plain text for a ticket, with credentials masked. */
export function CopyDiagnosisButton({ analysis }: { analysis: ResponseAnalysis }) {
  if (!analysis.diagnosis) return null;
  return (
    <div className="report-actions">
      <CopyTextButton
        source={analysis}
        makeText={() => formatDiagnosisReport(analysis) ?? ''}
        label="Copy report"
        title="The diagnosis as plain text for a ticket; credentials are masked"
        copiedMessage="Copied (credentials masked)"
        fallbackLabel="Diagnosis report"
      />
    </div>
  );
}
