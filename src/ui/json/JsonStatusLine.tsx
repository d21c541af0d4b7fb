import type { JsonCheckResult } from '../../core';
import { formatSize } from '../format';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** One line verdict: valid or not, how many warnings, how big. */
export function JsonStatusLine({ check, size }: { check: JsonCheckResult | undefined; size: number }) {
  if (!check) {
    return (
      <p className="json-status" role="status">
        Checking…
      </p>
    );
  }
  const parts = [check.ok ? 'Valid JSON' : 'Invalid JSON'];
  if (check.warnings.length > 0) parts.push(plural(check.warnings.length, 'warning'));
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
