import type { ResponseAnalysis } from '../analysis/analysis.types';
import { formatDuration } from '../diagnose/formatDuration';
import { isSecretHeader, MASK, maskSecretMembers } from '../http/maskSecrets';
import type { Diagnosis, Header } from '../types';

/**
 * What the plain-text and the Markdown diagnosis reports share: credentials masked the same way, the
 * same cut of the body, the same backoff sentence. Only the layout differs between the two.
 */

/** Characters of the body quoted in a report: enough to show the error, short enough for a ticket. */
export const REPORT_BODY_CHARS = 2_000;

/** A header as it may leave the tab: the value of a credential header is masked. */
export function reportHeader(h: Header): Header {
  return isSecretHeader(h.name) ? { name: h.name, value: MASK } : h;
}

/** The start of the body shown on screen, secret JSON members masked, and how much was left out. */
export function reportBody(body: ResponseAnalysis['body']): { text: string; omitted: number } {
  return {
    text: maskSecretMembers(body.text.slice(0, REPORT_BODY_CHARS)),
    omitted: Math.max(0, body.text.length - REPORT_BODY_CHARS),
  };
}

/** "30 s, 1 min, 2 min (each plus 0–1000 ms of jitter), then give up." */
export function backoffSentence(backoff: NonNullable<Diagnosis['backoff']>): string {
  const waits = backoff.steps.map((s) => formatDuration(s.baseDelayMs / 1000)).join(', ');
  const first = backoff.steps[0];
  const jitter = first ? ` (each plus ${first.jitterMinMs}–${first.jitterMaxMs} ms of jitter)` : '';
  return `${waits}${jitter}, then give up.`;
}
