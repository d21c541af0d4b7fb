import type { JsonCheckResult } from '../../core';
import { describeWarningCount } from '../../state/jsonWarnings';
import { formatSize } from '../format';

/** One line verdict: valid or not, how many warnings (all of them, and how many are listed), how big. */
export function JsonStatusLine({ check, size }: { check: JsonCheckResult | undefined; size: number }) {
  if (!check) {
    return (
      <p className="json-status" role="status">
        Checking…
      </p>
    );
  }
  const parts = [check.ok ? 'Valid JSON' : 'Invalid JSON'];
  const warnings = describeWarningCount(check.warnings);
  if (warnings) parts.push(warnings);
  parts.push(formatSize(size));
  return (
    <p className={`json-status ${check.ok ? 'json-status-valid' : 'json-status-invalid'}`} role="status">
      <span className="json-status-mark" aria-hidden="true">
        {check.ok ? '✓' : '✗'}
      </span>{' '}
      {parts.join(' · ')}
    </p>
  );
}
