import { formatDuration } from '../diagnose/formatDuration';
import { isSecretHeader, MASK, maskSecretMembers } from '../http/maskSecrets';
import { retryVerdictLabel } from '../status/retryVerdictLabel';
import type { Header } from '../types';
import type { ResponseAnalysis } from './analysis.types';

/** Characters of the body quoted in a report: enough to show the error, short enough for a ticket. */
export const REPORT_BODY_CHARS = 2_000;

function headerLines(headers: readonly Header[]): string[] {
  return headers.map((h) => `  ${h.name}: ${isSecretHeader(h.name) ? MASK : h.value}`);
}

/**
 * The diagnosis as plain text to paste into a ticket or chat. Credentials are masked: header values
 * of Authorization, Cookie, API keys and the like, and secret-looking JSON members in the body.
 * Undefined when there is no response to report.
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
    lines.push('', `Request: ${request.method} ${request.target}`, ...headerLines(request.headers));
  }
  if (findings.length > 0) {
    lines.push('', 'Findings:');
    for (const f of findings) lines.push(`- [${f.severity}] ${f.title}: ${f.detail}`);
  }
  if (nextSteps.length > 0) {
    lines.push('', 'Next steps:');
    nextSteps.forEach((step, i) => lines.push(`${i + 1}. ${step}`));
  }
  if (backoff) {
    const waits = backoff.steps.map((s) => formatDuration(s.baseDelayMs / 1000)).join(', ');
    const jitter = backoff.steps[0]
      ? ` (each plus ${backoff.steps[0].jitterMinMs}–${backoff.steps[0].jitterMaxMs} ms of jitter)`
      : '';
    lines.push('', `Backoff: ${waits}${jitter}, then give up.`);
  }
  lines.push('', 'Response headers:', ...headerLines(response.headers));
  if (response.body.length > 0) {
    const quoted = maskSecretMembers(body.text.slice(0, REPORT_BODY_CHARS));
    const more =
      body.text.length > REPORT_BODY_CHARS
        ? `\n… ${body.text.length - REPORT_BODY_CHARS} more characters`
        : '';
    lines.push('', body.formatted ? 'Body (formatted):' : 'Body:', quoted + more);
  }
  return lines.join('\n');
}
