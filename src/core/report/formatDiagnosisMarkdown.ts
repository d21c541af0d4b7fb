import type { ResponseAnalysis } from '../analysis/analysis.types';
import { maskCommand } from '../http/maskCommand';
import { formatBodyOnlyMarkdown } from './bodyOnlyReport';
import { countOf } from '../text/countOf';
import type { Finding, Header } from '../types';
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
import { fencedBlock, inlineCode, markdownProse, markdownTable } from './markdown';

const SEVERITY_LABEL: Record<Finding['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
  tip: 'Tip',
};

function headersTable(headers: readonly Header[]): string {
  const { shown, omitted } = firstOf(headers, REPORT_MAX_HEADERS);
  const rows = shown.map((header) => {
    const h = reportHeader(header);
    return [inlineCode(h.name), inlineCode(h.value)];
  });
  const table = markdownTable(['Header', 'Value'], rows, { rawColumns: [0, 1] });
  return omitted > 0 ? `${table}\n\n_… ${countOf(omitted, 'more header')} not shown._` : table;
}

/**
 * The diagnosis as GitHub-flavoured Markdown for a ticket: a heading with the status, the verdict for
 * this response, the command (masked), the findings, next steps, the backoff plan, header tables and the body in a fenced block.
 * Credentials are masked as in the plain-text report, and every piece of pasted text is escaped or
 * fenced, so a header value or body can neither break the layout nor become a link or an image.
 * Undefined when there is no response to report.
 */
export function formatDiagnosisMarkdown(analysis: ResponseAnalysis): string | undefined {
  const { exchange, diagnosis, body, command } = analysis;
  if (!exchange || !diagnosis) return formatBodyOnlyMarkdown(analysis);
  const { findings, nextSteps, backoff, verdict } = diagnosis;
  const { request, response } = exchange;
  const e = markdownProse;
  const out: string[] = [];
  const headline = reportHeadline(diagnosis, response.httpVersion);
  out.push(`## ${e(reportText(headline.title))}`, '');
  const where = [headline.category, headline.httpVersion].filter((w) => w !== undefined).join(', ');
  out.push(`${e(reportText(headline.summary))}${where ? ` (${e(where)})` : ''}`, '');
  out.push(`**Verdict:** ${e(verdictSentence(verdict))}`, '');
  if (command !== undefined) out.push(`**Command:** ${inlineCode(maskCommand(command))}`, '');
  if (request) out.push(`**Request:** ${inlineCode(`${request.method} ${reportText(request.target)}`)}`, '');
  const listed = listedFindings(findings);
  if (listed.length > 0) {
    out.push('### Findings', '');
    for (const f of listed) out.push(`- **${SEVERITY_LABEL[f.severity]}: ${e(f.title)}** — ${e(f.detail)}`);
    out.push('');
  }
  if (response.status === 0) {
    const help = noResponseHelp(findings);
    if (help.culprits.length > 0) {
      out.push('### Likely culprits', '', ...help.culprits.map((c) => `- ${e(c)}`), '');
    }
    if (help.checks.length > 0) {
      out.push('### How to confirm', '');
      for (const c of help.checks)
        out.push(
          'text' in c ? `- ${e(c.text)}` : `- ${inlineCode(c.command)}${c.note ? ` — ${e(c.note)}` : ''}`,
        );
      out.push('');
    }
  }
  if (nextSteps.length > 0) {
    out.push('### Next steps', '');
    nextSteps.forEach((step, i) => out.push(`${i + 1}. ${e(reportText(step.text))}`));
    out.push('');
  }
  if (backoff) out.push('### Backoff', '', e(backoffSentence(backoff)), '');
  if (response.status !== 0 && response.headers.length > 0)
    out.push('### Response headers', '', headersTable(response.headers), '');
  if (request && request.headers.length > 0)
    out.push('### Request headers', '', headersTable(request.headers), '');
  if (response.body.length > 0) {
    const quoted = reportBody(body);
    out.push(`### ${bodyHeading(body)}`, '');
    out.push(fencedBlock(quoted.text, body.language === 'plaintext' ? '' : body.language));
    if (quoted.omitted > 0) out.push('', `_… ${quoted.omitted} more characters not shown._`);
    out.push('');
  }
  out.push('_Diagnosed with Triage; credentials masked._');
  return `${out.join('\n')}\n`;
}
