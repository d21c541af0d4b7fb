import type { StatusCategory } from '../types';

const LABELS: Record<StatusCategory, string> = {
  informational: 'Informational',
  success: 'Success',
  redirection: 'Redirection',
  'client-error': 'Client error',
  'server-error': 'Server error',
  invalid: 'Invalid status',
};

/** A status category in words ("Client error"), for the status card and reports. */
export function categoryLabel(category: StatusCategory): string {
  return LABELS[category];
}
