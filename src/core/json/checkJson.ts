import type { JsonCheckResult } from '../types';
import { explainJsonError } from './explainJsonError';
import { validateJson } from './validateJson';

/**
 * Validates `text` strictly per RFC 8259 without building values, so nothing is lost or rounded: the
 * first error comes with its position and a hint; warnings name what JSON.parse would silently change
 * (duplicate keys, big or long numbers) and other hazards (lone surrogates, a byte order mark).
 */
export function checkJson(text: string): JsonCheckResult {
  const result = validateJson(text, true);
  if (result.ok) return { ok: true, warnings: result.warnings };
  return { ok: false, error: explainJsonError(text, result.failure), warnings: result.warnings };
}
