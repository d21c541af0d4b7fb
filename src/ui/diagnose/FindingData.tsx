import type { Finding } from '../../core';
import { SafeLink } from '../common/SafeLink';
import { TokenClaims } from './TokenClaims';

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function fieldErrors(data: Record<string, unknown>): { field: string; message: string }[] {
  const errors = data['errors'];
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((e: unknown) => {
    if (typeof e !== 'object' || e === null) return [];
    const field = asString((e as Record<string, unknown>)['field']) ?? '';
    const message = asString((e as Record<string, unknown>)['message']) ?? '';
    return [{ field, message }];
  });
}

/** The structured part of a finding that reads better as a list or a link than as prose. */
export function FindingData({ finding }: { finding: Finding }) {
  const data = finding.data ?? {};
  if (finding.id === 'field-errors') {
    const errors = fieldErrors(data);
    if (errors.length === 0) return null;
    return (
      <ul className="field-errors" aria-label="Field errors">
        {errors.map((e, i) => (
          <li key={i}>
            {e.field && <code>{e.field}</code>} {e.message}
          </li>
        ))}
      </ul>
    );
  }
  if (finding.id === 'location') {
    const url = asString(data['resolved']) ?? asString(data['url']);
    if (!url) return null;
    return (
      <p className="finding-link">
        Target: <SafeLink url={url} />
      </p>
    );
  }
  const claims = data['claims'];
  if (finding.id === 'token' && typeof claims === 'object' && claims !== null)
    return <TokenClaims claims={claims as Record<string, unknown>} />;
  if (finding.id === 'allow' && Array.isArray(data['methods'])) {
    return (
      <p className="methods">
        {(data['methods'] as unknown[]).map((m) => (
          <code key={String(m)}>{String(m)}</code>
        ))}
      </p>
    );
  }
  return null;
}
