import type { ResponseAnalysis } from '../../core';
import { formatDiagnosisMarkdown, formatDiagnosisReport } from '../../state/diagnosisText';
import { CopyTextButton } from '../common/CopyTextButton';

/** The two forms of the report: Markdown for a ticket (the default), plain text for a chat. */
const FORMS = [
  {
    format: formatDiagnosisMarkdown,
    label: 'Copy report',
    title:
      'The diagnosis as Markdown for a ticket: headings, findings, a headers table, the body; credentials masked (Alt+Shift+R)',
    copied: 'Copied as Markdown (credentials masked)',
    fallbackLabel: 'Diagnosis report',
    shortcut: 'copy-report',
  },
  {
    format: formatDiagnosisReport,
    label: 'Plain text',
    title: 'The same report as plain text; credentials masked',
    copied: 'Copied as plain text (credentials masked)',
    fallbackLabel: 'Diagnosis report as plain text',
    shortcut: undefined,
  },
] as const;

/** Copies the diagnosis for a ticket (Markdown) or a chat (plain text), with credentials masked. */
export function CopyDiagnosisButton({ analysis }: { analysis: ResponseAnalysis }) {
  // A bare body (curl -s) has no diagnosis, but its report still carries the body and its validity.
  const bodyOnly = analysis.kind === 'body-only' && analysis.body.length > 0;
  if (!analysis.diagnosis && !bodyOnly) return null;
  return (
    <div className="report-actions">
      {FORMS.map((form) => (
        <CopyTextButton
          key={form.label}
          source={analysis}
          makeText={() => form.format(analysis) ?? ''}
          label={form.label}
          title={form.title}
          copiedMessage={form.copied}
          fallbackLabel={form.fallbackLabel}
          shortcut={form.shortcut}
        />
      ))}
    </div>
  );
}
