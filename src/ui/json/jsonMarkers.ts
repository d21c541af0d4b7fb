import type { JsonCheckResult, JsonWarning } from '../../core';
import type { EditorMarker } from '../editor/editorTypes';

/** How many columns a warning's squiggle covers, from what the core says about the token. */
function warningWidth(warning: JsonWarning): number {
  switch (warning.kind) {
    case 'duplicate-key':
      return warning.key.length + 2; // the key with its quotes (escapes may make the written key longer)
    case 'number-precision':
      return warning.text.length;
    default:
      return 1;
  }
}

/**
 * The check result as editor squiggles: the error (and where its unclosed bracket opened), then one
 * squiggle per warning, at the core's positions. One column wide where the core gives no token length;
 * Monaco widens an empty or end-of-line range to the nearest character itself.
 */
export function jsonMarkers(check: JsonCheckResult | undefined): EditorMarker[] {
  if (!check) return [];
  const markers: EditorMarker[] = [];
  if (!check.ok) {
    const { error } = check;
    markers.push({
      line: error.line,
      column: error.column,
      message: error.hint ? `${error.message}\n${error.hint}` : error.message,
      severity: 'error',
    });
    if (error.related) {
      markers.push({
        line: error.related.line,
        column: error.related.column,
        message: error.related.message,
        severity: 'info',
      });
    }
  }
  for (const warning of check.warnings) {
    markers.push({
      line: warning.line,
      column: warning.column,
      endColumn: warning.column + warningWidth(warning),
      message: warning.message,
      severity: 'warning',
    });
  }
  return markers;
}
