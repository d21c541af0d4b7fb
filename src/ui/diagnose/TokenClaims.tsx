import type { JwtClaims } from '../../core';
import './TokenClaims.css';

const LABELS: [keyof JwtClaims & string, string][] = [
  ['iss', 'Issuer'],
  ['sub', 'Subject'],
  ['aud', 'Audience'],
  ['scope', 'Scope'],
  ['iat', 'Issued'],
  ['nbf', 'Not before'],
  ['exp', 'Expires'],
];
const TIMES = new Set<keyof JwtClaims & string>(['iat', 'nbf', 'exp']);

function show(key: keyof JwtClaims & string, value: JwtClaims[keyof JwtClaims]): string {
  if (TIMES.has(key) && typeof value === 'number') {
    const date = new Date(value * 1000);
    return Number.isNaN(date.getTime()) ? String(value) : `${date.toISOString()} (${value})`;
  }
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** A decoded bearer JWT's claims (data.claims of the `token` finding), as a short list. */
export function TokenClaims({ claims }: { claims: JwtClaims }) {
  const rows = LABELS.filter(([key]) => claims[key] !== undefined);
  if (rows.length === 0) return null;
  return (
    <dl className="token-claims" aria-label="Token claims">
      {rows.map(([key, label]) => (
        <div key={key}>
          <dt>
            {label} <code>{key}</code>
          </dt>
          <dd>{show(key, claims[key])}</dd>
        </div>
      ))}
    </dl>
  );
}
