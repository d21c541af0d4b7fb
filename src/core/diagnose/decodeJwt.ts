import { decodeBase64 } from '../http/decodeBase64';

/** The registered claims people read first (RFC 7519 §4.1), plus OAuth's scope. */
export interface JwtClaims {
  iss?: string;
  sub?: string;
  aud?: string | string[];
  scope?: string;
  /** Seconds since the epoch. */
  iat?: number;
  nbf?: number;
  exp?: number;
}

export interface DecodedJwt {
  alg?: string;
  claims: JwtClaims;
}

/** Three base64url parts; the signature may be empty (alg "none"). */
const JWT_SHAPE = /^[A-Za-z0-9_-]+={0,2}\.[A-Za-z0-9_-]+={0,2}\.[A-Za-z0-9_-]*={0,2}$/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodePart(part: string): Record<string, unknown> | undefined {
  const bytes = decodeBase64(part);
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(utf8.decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function numeric(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function audience(value: unknown): string | string[] | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return undefined;
}

/** OAuth writes scope as a space-separated string (RFC 8693); some issuers use an `scp` array. */
function scope(payload: Record<string, unknown>): string | undefined {
  const value = payload['scope'] ?? payload['scp'];
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(' ');
  return undefined;
}

/**
 * Reads a JWT's header and claims. Decoding only: the signature is never checked (it cannot be,
 * without the issuer's key) and the token is never sent anywhere. Undefined when `token` is not a
 * JWT in compact form (an opaque token, a JWE with five parts).
 */
export function decodeJwt(token: string): DecodedJwt | undefined {
  // A recording repeats the same token on every request: decode each once.
  if (recent.has(token)) return recent.get(token);
  const decoded = decodeCompact(token);
  if (recent.size >= RECENT_TOKENS) recent.delete(recent.keys().next().value as string);
  recent.set(token, decoded);
  return decoded;
}

/** How many decoded tokens are remembered (a session rarely uses more than a few). */
const RECENT_TOKENS = 32;
const recent = new Map<string, DecodedJwt | undefined>();

function decodeCompact(token: string): DecodedJwt | undefined {
  if (!JWT_SHAPE.test(token)) return undefined;
  const [headerPart = '', payloadPart = ''] = token.split('.');
  const header = decodePart(headerPart);
  const payload = decodePart(payloadPart);
  if (!header || !payload) return undefined;
  const claims: JwtClaims = {};
  for (const key of ['iss', 'sub'] as const)
    if (typeof payload[key] === 'string') claims[key] = payload[key] as string;
  const aud = audience(payload['aud']);
  if (aud !== undefined) claims.aud = aud;
  const scopes = scope(payload);
  if (scopes !== undefined) claims.scope = scopes;
  for (const key of ['iat', 'nbf', 'exp'] as const) {
    const value = numeric(payload[key]);
    if (value !== undefined) claims[key] = value;
  }
  const alg = typeof header['alg'] === 'string' ? header['alg'] : undefined;
  return { ...(alg !== undefined && { alg }), claims };
}

/** The token of an `Authorization: Bearer <token>` value (the scheme is case-insensitive). */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = authorization === undefined ? null : /^\s*bearer\s+(\S+)\s*$/i.exec(authorization);
  return match?.[1];
}
