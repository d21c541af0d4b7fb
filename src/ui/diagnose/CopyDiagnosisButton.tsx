import type { ResponseAnalysis } from '../../core';
import { formatDiagnosisMarkdown, formatDiagnosisReport } from '../../state/diagnosisText';
import { CopyTextButton } from '../common/CopyTextButton';

/** Copies the diagnosis for a ticket (Markdown) or a chat (plain text), with credentials masked. */
export function CopyDiagnosisButton({ analysis }: { analysis: ResponseAnalysis }) {
  if (!analysis.diagnosis) return null;
  return (
    <div className="report-actions">
      <CopyTextButton
        source={analysis}
        makeText={() => formatDiagnosisMarkdown(analysis) ?? ''}
        label="Copy report"
        title="The diagnosis as Markdown for a ticket: headings, findings, a headers table, the body; credentials masked (Alt+Shift+R)"
        copiedMessage="Copied as Markdown (credentials masked)"
        fallbackLabel="Diagnosis report"
        shortcut="copy-report"
      />
      <CopyTextButton
        source={analysis}
        makeText={() => formatDiagnosisReport(analysis) ?? ''}
        label="Plain text"
        title="The same report as plain text; credentials masked"
        copiedMessage="Copied as plain text (credentials masked)"
        fallbackLabel="Diagnosis report as plain text"
      />
    </div>
  );
}
