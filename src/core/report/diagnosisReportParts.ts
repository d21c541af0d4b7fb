import type { ResponseAnalysis } from '../analysis/analysis.types';
import { formatDuration } from '../diagnose/formatDuration';
import { isSecretHeader, MASK, maskBodyText, maskSecretText } from '../http/maskSecrets';
import { categoryLabel } from '../status/categoryLabel';
import { retryVerdictLabel } from '../status/retryVerdictLabel';
import { findingOf } from '../diagnose/findingData';
import type { ConfirmStep } from '../diagnose/noResponse/culprits';
import type { Diagnosis, Finding, Header, ResponseVerdict } from '../types';

/**
 * What the plain-text and the Markdown diagnosis reports share: credentials masked the same way, the
 * same cut of the body, the same backoff sentence. Only the layout differs between the two.
 */

/** Characters of the body quoted in a report: enough to show the error, short enough for a ticket. */
export const REPORT_BODY_CHARS = 2_000;

/**
 * Any text a report quotes from the paste (the request line, a finding that quotes the body, a step
 * that names the URL): the secrets of URLs (passwords, secret query parameters) and JWTs masked.
 */
export const reportText: (text: string) => string = maskSecretText;

/** A header as it may leave the tab: the value of a credential header is masked, and URL secrets in any other. */
export function reportHeader(h: Header): Header {
  return isSecretHeader(h.name)
    ? { name: h.name, value: MASK }
    : { name: h.name, value: reportText(h.value) };
}

/** The body's heading: what it is and whether it was formatted ("Body (JSON, formatted)"). */
export const bodyHeading = (body: ResponseAnalysis['body']): string =>
  `Body (${body.label}${body.formatted ? ', formatted' : ''})`;

/** The start of the body shown on screen, its secrets masked, and how much was left out. */
export function reportBody(body: ResponseAnalysis['body']): { text: string; omitted: number } {
  return {
    text: maskBodyText(body.text.slice(0, REPORT_BODY_CHARS)),
    omitted: Math.max(0, body.text.length - REPORT_BODY_CHARS),
  };
}

/**
 * "30 s (the server's wait), then 1 s, 2 s, 4 s (each plus 100–500 ms of jitter), then give up.": a
 * wait the server asked for is named as such, so it does not read as the start of the doubling.
 */
export function backoffSentence(backoff: NonNullable<Diagnosis['backoff']>): string {
  const server = backoff.steps.filter((s) => s.source === 'server');
  const doubling = backoff.steps.filter((s) => s.source !== 'server');
  const waits = (steps: typeof backoff.steps): string =>
    steps.map((s) => formatDuration(s.baseDelayMs / 1000)).join(', ');
  const first = doubling[0];
  const jitter = first ? ` (each plus ${first.jitterMinMs}–${first.jitterMaxMs} ms of jitter)` : '';
  const lead =
    server.length > 0 ? `${waits(server)} (the server's wait)${doubling.length > 0 ? ', then ' : ''}` : '';
  return `${lead}${waits(doubling)}${jitter}, then give up.`;
}

/** "Retry with backoff (wait 30 s first). Reason…": the verdict for this response, which reports lead with. */
export function verdictSentence(verdict: ResponseVerdict): string {
  const wait =
    verdict.waitSeconds === undefined
      ? ''
      : verdict.waitSeconds === 0
        ? ' (now)'
        : ` (wait ${formatDuration(verdict.waitSeconds)} first)`;
  return `${retryVerdictLabel(verdict.verdict)}${wait}. ${verdict.reason}`;
}

/**
 * The headline ("404 Not Found"), where it sits ("client error", "HTTP/1.1") and its explanation; for a
 * request that got no response, the failure instead of a status.
 */
export function reportHeadline(
  diagnosis: Diagnosis,
  httpVersion: string,
): { title: string; category?: string; httpVersion?: string; summary: string } {
  const { status, findings } = diagnosis;
  if (status.code === 0) {
    const failure = findings.find((f) => f.id === 'no-response');
    return {
      title: `No response: ${failure?.title ?? status.summary}`,
      summary: failure?.detail ?? status.summary,
    };
  }
  return {
    title: `${status.code} ${status.name}`,
    category: categoryLabel(status.category).toLowerCase(),
    ...(httpVersion && { httpVersion }),
    summary: status.summary,
  };
}

/** Findings a report lists, their words masked (reportText); the no-response finding is the headline instead. */
export function listedFindings(
  findings: readonly Finding[],
): { severity: Finding['severity']; title: string; detail: string }[] {
  return findings
    .filter((f) => f.id !== 'no-response')
    .map((f) => ({ severity: f.severity, title: reportText(f.title), detail: reportText(f.detail) }));
}

/** The culprits and the checks (a command with a note, or a sentence) of a request that got no response. */
export function noResponseHelp(findings: readonly Finding[]): { culprits: string[]; checks: ConfirmStep[] } {
  const data = findingOf(findings, 'no-response')?.data;
  return {
    culprits: (data?.culprits ?? []).map(reportText),
    checks: (data?.confirm ?? []).map((c) =>
      'text' in c ? { text: reportText(c.text) } : { ...c, command: reportText(c.command) },
    ),
  };
}
