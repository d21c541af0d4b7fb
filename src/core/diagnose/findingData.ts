import type { Finding, FindingId, FindingOf } from '../types';

/**
 * Reading other findings in the verdict, the next steps and the session: the first finding with an id,
 * narrowed to its own type, so its data is typed (no string keys).
 */
export function findingOf<I extends FindingId>(
  findings: readonly Finding[],
  id: I,
): FindingOf<I> | undefined {
  return findings.find((f): f is FindingOf<I> => f.id === id);
}

/** The wait Retry-After asked for, in seconds, when it was readable. */
export function retryAfterSeconds(findings: readonly Finding[]): number | undefined {
  const data = findingOf(findings, 'retry-after')?.data;
  return data && 'waitSeconds' in data ? data.waitSeconds : undefined;
}

/** The entries a session finding names (0-based); none for a finding about one response. */
export function entriesOf(finding: Finding): readonly number[] {
  return 'entries' in finding.data ? finding.data.entries : [];
}

export function isRateLimited(findings: readonly Finding[]): boolean {
  return findingOf(findings, 'rate-limit')?.data.exhausted === true;
}
