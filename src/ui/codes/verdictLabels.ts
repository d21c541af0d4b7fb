import type { RetryVerdict } from '../../core';

export const VERDICT_SHORT: Record<RetryVerdict, string> = {
  never: 'No',
  'after-fix': 'After fixing the request',
  'with-backoff': 'Yes, with backoff',
  'after-verify': 'Only after checking',
  'not-applicable': '—',
};
