import { entriesOf } from '../diagnose/findingData';
import { formatDuration } from '../diagnose/formatDuration';
import { maskUrl } from '../session/sanitize/maskUrl';
import { RedactionLog } from '../session/sanitize/redactionLog';
import type { Finding, SessionAnalysis, SessionEntry } from '../types';
import { inlineCode, markdownProse, markdownTable } from './markdown';

/** Failed entries listed in the table; the rest are counted. */
export const REPORTED_FAILURES = 50;

const SEVERITY_LABEL: Record<Finding['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
  tip: 'Tip',
};
const NO_EXTRA_NAMES: ReadonlySet<string> = new Set();

/** Secret query parameters and JWTs masked in every URL of a text, as the sanitizer masks them. */
function maskUrls(text: string): string {
  const log = new RedactionLog();
  return text.replace(/https?:\/\/[^\s"'<>]+/g, (url) => maskUrl(url, NO_EXTRA_NAMES, log));
}

function entryNumbers(finding: Finding): string {
  const numbers = entriesOf(finding).map((e) => e + 1);
  if (numbers.length === 0) return '';
  const shown = numbers.slice(0, 10).join(', ');
  return ` (entr${numbers.length > 1 ? 'ies' : 'y'} ${shown}${numbers.length > 10 ? `, … ${numbers.length - 10} more` : ''})`;
}

function statusCell(entry: SessionEntry): string {
  if (entry.status !== 0) return String(entry.status);
  const label = entry.noResponse?.label;
  return label ? `no response (${label})` : 'no response';
}

function offset(entry: SessionEntry): string {
  return entry.offsetMs === undefined ? '' : formatDuration(entry.offsetMs / 1000);
}

/**
 * A session (HAR recording) as GitHub-flavoured Markdown for a ticket: the counts, what the session
 * reveals as a whole, and the failed entries. URLs have secret parameters and JWTs masked; every
 * piece of recorded text is escaped or in inline code.
 */
export function formatSessionMarkdown(session: SessionAnalysis): string {
  const e = (text: string) => markdownProse(maskUrls(text));
  const failed = session.entries.filter((x) => x.failed);
  const out: string[] = [];
  const span = session.spanMs === undefined ? '' : `, over ${formatDuration(session.spanMs / 1000)}`;
  out.push(`## Session: ${session.entries.length} entries, ${session.failedCount} failed${span}`, '');
  if (session.startedDateTime) out.push(`Recorded from ${session.startedDateTime}.`, '');
  if (session.findings.length > 0) {
    out.push('### Across the session', '');
    for (const f of session.findings)
      out.push(`- **${SEVERITY_LABEL[f.severity]}: ${e(f.title)}**${entryNumbers(f)} — ${e(f.detail)}`);
    out.push('');
  }
  if (failed.length > 0) {
    out.push('### Failed entries', '');
    const rows = failed
      .slice(0, REPORTED_FAILURES)
      .map((x) => [
        String(x.index + 1),
        offset(x),
        inlineCode(`${x.method} ${maskUrls(x.url)}`),
        statusCell(x),
        maskUrls(x.headline),
      ]);
    out.push(markdownTable(['#', 'After', 'Request', 'Status', 'Diagnosis'], rows, { rawColumns: [2] }), '');
    if (failed.length > REPORTED_FAILURES)
      out.push(`… and ${failed.length - REPORTED_FAILURES} more failed entries.`, '');
  }
  return out.join('\n');
}
