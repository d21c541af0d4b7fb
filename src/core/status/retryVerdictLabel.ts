import type { RetryVerdict } from '../types';

const LABELS: Record<RetryVerdict, string> = {
  never: 'Do not retry',
  'after-fix': 'Retry only after fixing the request',
  'with-backoff': 'Retry with backoff',
  'after-verify': 'Retry only after checking the first attempt did not take effect',
  'not-applicable': 'Nothing to retry',
};

/** The answer to "Retry?" in a column of a table (the status codes reference). */
const SHORT_LABELS: Record<RetryVerdict, string> = {
  never: 'No',
  'after-fix': 'After fixing the request',
  'with-backoff': 'Yes, with backoff',
  'after-verify': 'Only after checking',
  'not-applicable': '—',
};

/**
 * The retry verdict as a short imperative, for the guidance panel and exported reports, or (`short`)
 * as the answer to "Retry?" in a table column.
 */
export function retryVerdictLabel(verdict: RetryVerdict, form: 'sentence' | 'short' = 'sentence'): string {
  return (form === 'short' ? SHORT_LABELS : LABELS)[verdict];
}
