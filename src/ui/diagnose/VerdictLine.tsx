import type { ResponseVerdict } from '../../core';
import { formatDuration, retryVerdictLabel } from '../../state/knowledge';

/** The verdict for this response: whether and when to repeat the request, and why. */
export function VerdictLine({ verdict }: { verdict: ResponseVerdict }) {
  const wait =
    verdict.waitSeconds === undefined
      ? ''
      : verdict.waitSeconds === 0
        ? ' now'
        : ` after ${formatDuration(verdict.waitSeconds)}`;
  return (
    <p className={`retry-verdict verdict-${verdict.verdict}`} aria-label="Verdict">
      <strong>
        {retryVerdictLabel(verdict.verdict)}
        {wait}.
      </strong>{' '}
      {verdict.reason}
    </p>
  );
}
