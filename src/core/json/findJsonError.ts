import type { JsonError } from '../types';
import { explainJsonError } from './explainJsonError';
import { validateJson } from './validateJson';

/**
 * The error checkJson reports for `text`. For callers that detected invalid input some other way
 * (parseJsonTree) and need the same wording and position; a valid text has no error, hence null.
 */
export function findJsonError(text: string): JsonError | null {
  const result = validateJson(text, false);
  return result.ok ? null : explainJsonError(text, result.failure);
}
