import type { Finding } from '../../core';
import { SafeLink } from '../common/SafeLink';
import { TokenClaims } from './TokenClaims';

/** The structured part of a finding that reads better as a list or a link than as prose. */
export function FindingData({ finding }: { finding: Finding }) {
  switch (finding.id) {
    case 'field-errors': {
      const { errors } = finding.data;
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
    case 'location': {
      const url = finding.data.resolved ?? finding.data.url;
      return (
        <p className="finding-link">
          Target: <SafeLink url={url} />
        </p>
      );
    }
    case 'token':
      return <TokenClaims claims={finding.data.claims} />;
    case 'allow':
      return (
        <p className="methods">
          {finding.data.methods.map((m) => (
            <code key={m}>{m}</code>
          ))}
        </p>
      );
    default:
      return null;
  }
}
