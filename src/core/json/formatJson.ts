import type { FormatOptions, JsonTextResult } from '../types';
import { explainJsonError } from './explainJsonError';
import { formatJsonTree } from './formatJsonTree';
import { MAX_INDENT } from './jsonLimits';
import { parseJsonTree } from './parseJsonTree';
import { scanJson, type ScanFailure } from './scanJson';
import { validateJson } from './validateJson';

/** The indentation formatJson uses when none is given. */
export const DEFAULT_INDENT = 2;

/**
 * Pretty-prints JSON losslessly: only whitespace between tokens changes, so numbers (1.10,
 * 12345678901234567890, 1E+400, -0) and strings (\u00e9 stays an escape) are kept exactly as written.
 *
 * Layout is that of JSON.stringify(value, null, indent): one member per line, `"key": value`, empty
 * containers as {} and [], no trailing newline. `indent` is 0-10 spaces (clamped, as JSON.stringify
 * does; 0 gives compact output like minifyJson) or 'tab'. The result is idempotent and
 * format → minify → format gives the same text.
 *
 * `sortKeys` orders every object's members by key, recursively: keys are compared decoded, by UTF-16
 * code units (JavaScript's default string order, so "B" < "a" < "é"), and the sort is stable, so
 * duplicate keys keep their relative order. Sorting needs the whole tree, so it costs more memory.
 */
export function formatJson(text: string, options: FormatOptions = {}): JsonTextResult {
  const { width, char } = resolveIndent(options.indent);
  if (options.sortKeys === true) {
    const parsed = parseJsonTree(text);
    if (!parsed.ok) return parsed;
    return formatJsonTree(text, parsed.root, width, char);
  }
  const result = scanJson(
    text,
    width === 0 ? { output: 'minify' } : { output: 'format', indentWidth: width, indentChar: char },
  );
  if (result.ok) return { ok: true, text: result.text };
  // Size is judged before the end of the text is read: a syntax error further on matters more.
  const failure =
    result.failure.state === 'too-large' ? (findScanFailure(text) ?? result.failure) : result.failure;
  return { ok: false, error: explainJsonError(text, failure) };
}

function findScanFailure(text: string): ScanFailure | null {
  const check = validateJson(text, false);
  return check.ok ? null : check.failure;
}

/** Indentation units per level and the unit's char code; width 0 means compact output. */
function resolveIndent(indent: FormatOptions['indent']): { width: number; char: number } {
  if (indent === 'tab') return { width: 1, char: 0x09 };
  const requested = indent === undefined || !Number.isFinite(indent) ? DEFAULT_INDENT : Math.floor(indent);
  return { width: Math.min(MAX_INDENT, Math.max(0, requested)), char: 0x20 };
}
