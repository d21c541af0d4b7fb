import type { ResponseAnalysis } from '../analysis/analysis.types';
import { retryVerdictLabel } from '../status/retryVerdictLabel';
import type { Finding, Header } from '../types';
import { backoffSentence, reportBody, reportHeader } from './diagnosisReportParts';
import { escapeMarkdownInline, fencedBlock, inlineCode, markdownTable } from './markdown';

const SEVERITY_LABEL: Record<Finding['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
  tip: 'Tip',
};

function headersTable(headers: readonly Header[]): string {
  const rows = headers.map((header) => {
    const h = reportHeader(header);
    return [inlineCode(h.name), inlineCode(h.value)];
  });
  return markdownTable(['Header', 'Value'], rows, { rawColumns: [0, 1] });
}

/**
 * The diagnosis as GitHub-flavoured Markdown for a ticket: a heading with the status, the retry
 * verdict, the findings, next steps, the backoff plan, header tables and the body in a fenced block.
 * Credentials are masked as in the plain-text report, and every piece of pasted text is escaped or
 * fenced, so a header value or body can neither break the layout nor become a link or an image.
 * Undefined when there is no response to report.
 */
export function formatDiagnosisMarkdown(analysis: ResponseAnalysis): string | undefined {
  const { exchange, diagnosis, body } = analysis;
  if (!exchange || !diagnosis) return undefined;
  const { status, findings, nextSteps, backoff } = diagnosis;
  const { request, response } = exchange;
  const e = escapeMarkdownInline;
  const out: string[] = [];
  const category = status.category.replace('-', ' ');
  out.push(`## ${status.code} ${e(status.name)}`, '');
  out.push(
    `${e(status.summary)} (${e(category)}${response.httpVersion ? `, ${e(response.httpVersion)}` : ''})`,
    '',
  );
  out.push(`**Retry:** ${e(retryVerdictLabel(status.retry.verdict))}. ${e(status.retry.explanation)}`, '');
  if (request) out.push(`**Request:** ${inlineCode(`${request.method} ${request.target}`)}`, '');
  if (findings.length > 0) {
    out.push('### Findings', '');
    for (const f of findings) out.push(`- **${SEVERITY_LABEL[f.severity]}: ${e(f.title)}** — ${e(f.detail)}`);
    out.push('');
  }
  if (nextSteps.length > 0) {
    out.push('### Next steps', '');
    nextSteps.forEach((step, i) => out.push(`${i + 1}. ${e(step)}`));
    out.push('');
  }
  if (backoff) out.push('### Backoff', '', e(backoffSentence(backoff)), '');
  if (response.headers.length > 0) out.push('### Response headers', '', headersTable(response.headers), '');
  if (request && request.headers.length > 0)
    out.push('### Request headers', '', headersTable(request.headers), '');
  if (response.body.length > 0) {
    const quoted = reportBody(body);
    out.push(`### Body${body.formatted ? ' (formatted)' : ''}`, '');
    out.push(fencedBlock(quoted.text, body.language === 'plaintext' ? '' : body.language));
    if (quoted.omitted > 0) out.push('', `_… ${quoted.omitted} more characters not shown._`);
    out.push('');
  }
  out.push('_Diagnosed with Triage; credentials masked._');
  return `${out.join('\n')}\n`;
}
