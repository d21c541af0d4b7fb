import type { StatusCategory } from '../types';

/** The lowest and highest status codes RFC 9110 §15 allows (three digits, first digit 1 to 5). */
export const MIN_STATUS_CODE = 100;
export const MAX_STATUS_CODE = 599;

/** True for whole numbers in the range RFC 9110 gives status codes. */
export function isValidStatusCode(code: number): boolean {
  return Number.isInteger(code) && code >= MIN_STATUS_CODE && code <= MAX_STATUS_CODE;
}

const CATEGORY_BY_FIRST_DIGIT: readonly StatusCategory[] = [
  'informational',
  'success',
  'redirection',
  'client-error',
  'server-error',
];

/** The class a code belongs to: its first digit decides, whether or not the code is registered. */
export function categoryOf(code: number): StatusCategory {
  if (!isValidStatusCode(code)) return 'invalid';
  return CATEGORY_BY_FIRST_DIGIT[Math.floor(code / 100) - 1] ?? 'invalid';
}
