import type { JsonTextResult } from '../types';
import { explainJsonError } from './explainJsonError';
import { scanJson } from './scanJson';

/**
 * Removes all whitespace between tokens in one pass; strings and numbers stay exactly as written.
 * Invalid JSON is reported as by checkJson, never half-minified. A leading byte order mark is dropped.
 */
export function minifyJson(text: string): JsonTextResult {
  const result = scanJson(text, { output: 'minify' });
  return result.ok
    ? { ok: true, text: result.text }
    : { ok: false, error: explainJsonError(text, result.failure) };
}
