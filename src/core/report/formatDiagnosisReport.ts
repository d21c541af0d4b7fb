import type { ResponseAnalysis } from '../analysis/analysis.types';
import { maskCommand } from '../http/maskCommand';
import { formatBodyOnlyReport } from './bodyOnlyReport';
import { countOf } from '../text/countOf';
import type { Header } from '../types';
import { firstOf, REPORT_MAX_HEADERS } from './reportLimits';
import {
  backoffSentence,
  listedFindings,
  noResponseHelp,
  reportText,
  bodyHeading,
  reportBody,
  reportHeader,
  reportHeadline,
  verdictSentence,
} from './diagnosisReportParts';

export { REPORT_BODY_CHARS } from './diagnosisReportParts';

function pushHeaders(lines: string[], headers: readonly Header[]): void {
  // A loop, not push(...spread): a response can carry more headers than a call has arguments.
  const { shown, omitted } = firstOf(headers, REPORT_MAX_HEADERS);
  for (const header of shown) {
    const h = reportHeader(header);
    lines.push(`  ${h.name}: ${h.value}`);
  }
  if (omitted > 0) lines.push(`  … ${countOf(omitted, 'more header')}`);
}

/**
 * The diagnosis as plain text to paste into a chat or a plain-text field, led by the verdict for this
 * response. Credentials are masked: in the command, header values of Authorization, Cookie, API keys
 * and the like, and secret-looking JSON members in the body. Undefined when there is no response to report. (formatDiagnosisMarkdown is the same for
 * tickets.)
 */
export function formatDiagnosisReport(analysis: ResponseAnalysis): string | undefined {
  const { exchange, diagnosis, body, command } = analysis;
  if (!exchange || !diagnosis) return formatBodyOnlyReport(analysis);
  const { findings, nextSteps, backoff, verdict } = diagnosis;
  const { request, response } = exchange;
  const headline = reportHeadline(diagnosis, response.httpVersion);
  const lines: string[] = [
    (headline.category === undefined
      ? reportText(headline.title)
      : `${reportText(headline.title)} (${headline.category})`) +
      (headline.httpVersion ? `, ${headline.httpVersion}` : ''),
    reportText(headline.summary),
    `Verdict: ${verdictSentence(verdict)}`,
  ];
  if (command !== undefined) lines.push('', `Command: ${maskCommand(command)}`);
  if (request) {
    lines.push('', `Request: ${request.method} ${reportText(request.target)}`);
    pushHeaders(lines, request.headers);
  }
  const listed = listedFindings(findings);
  if (listed.length > 0) {
    lines.push('', 'Findings:');
    for (const f of listed) lines.push(`- [${f.severity}] ${f.title}: ${f.detail}`);
  }
  if (response.status === 0) {
    const help = noResponseHelp(findings);
    if (help.culprits.length > 0) lines.push('', 'Likely culprits:', ...help.culprits.map((c) => `- ${c}`));
    if (help.checks.length > 0) {
      lines.push('', 'How to confirm:');
      for (const c of help.checks)
        lines.push('text' in c ? `- ${c.text}` : `  $ ${c.command}${c.note ? `   # ${c.note}` : ''}`);
    }
  }
  if (nextSteps.length > 0) {
    lines.push('', 'Next steps:');
    nextSteps.forEach((step, i) => lines.push(`${i + 1}. ${reportText(step.text)}`));
  }
  if (backoff) lines.push('', `Backoff: ${backoffSentence(backoff)}`);
  if (response.status !== 0) {
    lines.push('', 'Response headers:');
    pushHeaders(lines, response.headers);
  }
  if (response.body.length > 0) {
    const quoted = reportBody(body);
    const more = quoted.omitted > 0 ? `\n… ${quoted.omitted} more characters` : '';
    lines.push('', `${bodyHeading(body)}:`, quoted.text + more);
  }
  return lines.join('\n');
}
