import type { ResponseAnalysis } from '../analysis/analysis.types';
import { retryVerdictLabel } from '../status/retryVerdictLabel';
import type { Header } from '../types';
import { backoffSentence, reportBody, reportHeader } from './diagnosisReportParts';

export { REPORT_BODY_CHARS } from './diagnosisReportParts';

function pushHeaders(lines: string[], headers: readonly Header[]): void {
  // A loop, not push(...spread): a response can carry more headers than a call has arguments.
  for (const header of headers) {
    const h = reportHeader(header);
    lines.push(`  ${h.name}: ${h.value}`);
  }
}

/**
 * The diagnosis as plain text to paste into a chat or a plain-text field. Credentials are masked:
 * header values of Authorization, Cookie, API keys and the like, and secret-looking JSON members in
 * the body. Undefined when there is no response to report. (formatDiagnosisMarkdown is the same for
 * tickets.)
 */
export function formatDiagnosisReport(analysis: ResponseAnalysis): string | undefined {
  const { exchange, diagnosis, body } = analysis;
  if (!exchange || !diagnosis) return undefined;
  const { status, findings, nextSteps, backoff } = diagnosis;
  const { request, response } = exchange;
  const lines: string[] = [];
  lines.push(
    `${status.code} ${status.name} (${status.category.replace('-', ' ')})${response.httpVersion ? `, ${response.httpVersion}` : ''}`,
  );
  lines.push(status.summary);
  lines.push(`Retry: ${retryVerdictLabel(status.retry.verdict)}. ${status.retry.explanation}`);
  if (request) {
    lines.push('', `Request: ${request.method} ${request.target}`);
    pushHeaders(lines, request.headers);
  }
  if (findings.length > 0) {
    lines.push('', 'Findings:');
    for (const f of findings) lines.push(`- [${f.severity}] ${f.title}: ${f.detail}`);
  }
  if (nextSteps.length > 0) {
    lines.push('', 'Next steps:');
    nextSteps.forEach((step, i) => lines.push(`${i + 1}. ${step}`));
  }
  if (backoff) lines.push('', `Backoff: ${backoffSentence(backoff)}`);
  lines.push('', 'Response headers:');
  pushHeaders(lines, response.headers);
  if (response.body.length > 0) {
    const quoted = reportBody(body);
    const more = quoted.omitted > 0 ? `\n… ${quoted.omitted} more characters` : '';
    lines.push('', body.formatted ? 'Body (formatted):' : 'Body:', quoted.text + more);
  }
  return lines.join('\n');
}
