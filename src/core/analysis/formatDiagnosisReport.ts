import { formatDuration } from '../diagnose/formatDuration';
import { isSecretHeader, MASK, maskCommand, maskSecretMembers } from '../http/maskSecrets';
import { retryVerdictLabel } from '../status/retryVerdictLabel';
import type { Finding, Header, ResponseVerdict } from '../types';
import type { ResponseAnalysis } from './analysis.types';

/** Characters of the body quoted in a report: enough to show the error, short enough for a ticket. */
export const REPORT_BODY_CHARS = 2_000;

function headerLines(headers: readonly Header[]): string[] {
  return headers.map((h) => `  ${h.name}: ${isSecretHeader(h.name) ? MASK : h.value}`);
}

function verdictLine(verdict: ResponseVerdict): string {
  const wait =
    verdict.waitSeconds === undefined
      ? ''
      : verdict.waitSeconds === 0
        ? ' (now)'
        : ` (wait ${formatDuration(verdict.waitSeconds)} first)`;
  return `Verdict: ${retryVerdictLabel(verdict.verdict)}${wait}. ${verdict.reason}`;
}

function statusLines(analysis: ResponseAnalysis): string[] {
  const { exchange, diagnosis } = analysis;
  if (!exchange || !diagnosis) return [];
  const { status, findings } = diagnosis;
  if (status.code === 0) {
    const failure = findings.find((f) => f.id === 'no-response');
    return [`No response: ${failure?.title ?? status.summary}`, ...(failure ? [failure.detail] : [])];
  }
  const version = exchange.response.httpVersion ? `, ${exchange.response.httpVersion}` : '';
  return [`${status.code} ${status.name} (${status.category.replace('-', ' ')})${version}`, status.summary];
}

/** The culprits and checks of a request that got no response, from its finding's data. */
function noResponseLines(findings: readonly Finding[]): string[] {
  const data = findings.find((f) => f.id === 'no-response')?.data;
  const culprits = Array.isArray(data?.['culprits']) ? (data['culprits'] as unknown[]) : [];
  const confirm = Array.isArray(data?.['confirm']) ? (data['confirm'] as unknown[]) : [];
  const checks = confirm.flatMap((step): string[] => {
    if (typeof step !== 'object' || step === null) return [];
    const { command, note, text } = step as Record<string, unknown>;
    if (typeof text === 'string') return [`- ${text}`];
    if (typeof command !== 'string') return [];
    return [`  $ ${command}${typeof note === 'string' ? `   # ${note}` : ''}`];
  });
  return [
    ...(culprits.length > 0 ? ['', 'Likely culprits:', ...culprits.map((c) => `- ${String(c)}`)] : []),
    ...(checks.length > 0 ? ['', 'How to confirm:', ...checks] : []),
  ];
}

/**
 * The diagnosis as plain text to paste into a ticket or chat, led by the verdict for this response.
 * Credentials are masked: in the command, header values of Authorization, Cookie, API keys and the
 * like, and secret-looking JSON members in the body. Undefined when there is no response to report.
 */
export function formatDiagnosisReport(analysis: ResponseAnalysis): string | undefined {
  const { exchange, diagnosis, body, command } = analysis;
  if (!exchange || !diagnosis) return undefined;
  const { findings, nextSteps, backoff, verdict } = diagnosis;
  const { request, response } = exchange;
  const lines: string[] = [...statusLines(analysis), verdictLine(verdict)];
  if (command !== undefined) lines.push('', `Command: ${maskCommand(command)}`);
  if (request) {
    lines.push('', `Request: ${request.method} ${request.target}`, ...headerLines(request.headers));
  }
  const listed = findings.filter((f) => f.id !== 'no-response');
  if (listed.length > 0) {
    lines.push('', 'Findings:');
    for (const f of listed) lines.push(`- [${f.severity}] ${f.title}: ${f.detail}`);
  }
  if (response.status === 0) lines.push(...noResponseLines(findings));
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
  if (response.status !== 0) lines.push('', 'Response headers:', ...headerLines(response.headers));
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
