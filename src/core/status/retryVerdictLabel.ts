import type { RetryVerdict } from '../types';

const LABELS: Record<RetryVerdict, string> = {
  never: 'Do not retry',
  'after-fix': 'Retry only after fixing the request',
  'with-backoff': 'Retry with backoff',
  'after-verify': 'Retry only after checking the first attempt did not take effect',
  'not-applicable': 'Nothing to retry',
};

/** The retry verdict as a short imperative, for the guidance panel and exported reports. */
export function retryVerdictLabel(verdict: RetryVerdict): string {
  return LABELS[verdict];
}
