import type { ResponseAnalysis } from '../analysis/analysis.types';
import { maskCommand } from '../http/maskCommand';
import { bodyHeading, reportBody } from './diagnosisReportParts';
import { fencedBlock, inlineCode, markdownProse } from './markdown';

/**
 * A paste with a body and nothing else (curl -s, a copied response body): what can be said without a
 * status line, for both report forms. Undefined when the paste is not a bare body.
 */
interface BodyOnlyParts {
  title: string;
  summary: string;
  command?: string;
  validity?: string;
  body: { text: string; omitted: number; heading: string; language: string };
}

function bodyOnlyParts(analysis: ResponseAnalysis): BodyOnlyParts | undefined {
  const { kind, exchange, body, command } = analysis;
  if (exchange || kind !== 'body-only' || body.length === 0) return undefined;
  const check = body.check;
  const validity =
    check === undefined
      ? undefined
      : check.ok
        ? 'The body is valid JSON.'
        : `The body is not valid JSON: line ${check.error.line}, column ${check.error.column}: ${check.error.message}`;
  const quoted = reportBody(body);
  return {
    title: 'Body only: no status line or headers',
    summary:
      'The paste holds a body alone (curl -s, or a copied response body), so the status, the headers and what they say are unknown. Paste the output of `curl -i` (or `curl -v`) for a full diagnosis.',
    ...(command !== undefined && { command: maskCommand(command) }),
    ...(validity !== undefined && { validity }),
    body: {
      ...quoted,
      heading: bodyHeading(body),
      language: body.language === 'plaintext' ? '' : body.language,
    },
  };
}

export function formatBodyOnlyMarkdown(analysis: ResponseAnalysis): string | undefined {
  const parts = bodyOnlyParts(analysis);
  if (!parts) return undefined;
  const out = [`## ${parts.title}`, '', markdownProse(parts.summary), ''];
  if (parts.command !== undefined) out.push(`**Command:** ${inlineCode(parts.command)}`, '');
  if (parts.validity !== undefined) out.push(markdownProse(parts.validity), '');
  out.push(`### ${parts.body.heading}`, '', fencedBlock(parts.body.text, parts.body.language));
  if (parts.body.omitted > 0) out.push('', `_… ${parts.body.omitted} more characters not shown._`);
  out.push('', '_Diagnosed with Triage; credentials masked._');
  return `${out.join('\n')}\n`;
}

export function formatBodyOnlyReport(analysis: ResponseAnalysis): string | undefined {
  const parts = bodyOnlyParts(analysis);
  if (!parts) return undefined;
  const lines = [parts.title, parts.summary];
  if (parts.command !== undefined) lines.push('', `Command: ${parts.command}`);
  if (parts.validity !== undefined) lines.push('', parts.validity);
  const more = parts.body.omitted > 0 ? `\n… ${parts.body.omitted} more characters` : '';
  lines.push('', `${parts.body.heading}:`, parts.body.text + more);
  return lines.join('\n');
}
