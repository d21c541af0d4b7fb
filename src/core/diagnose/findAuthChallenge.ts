import { asSentence } from './asSentence';
import { getHeader, getHeaderValues } from '../http/headers';
import type { Finding } from '../types';
import type { DiagnoseContext } from './diagnoseContext';
import { MAX_CHALLENGES, parseChallenges, type Challenge } from './parseChallenges';

/** RFC 6750 §3.1 error codes (plus DPoP, RFC 9449, and step-up, RFC 9470), in plain words. */
export const AUTH_ERROR_MEANINGS: Record<string, string> = {
  invalid_token: 'the access token expired, was revoked, is malformed or is not valid for this API',
  insufficient_scope: 'the token is valid but lacks the scopes (permissions) this request needs',
  invalid_request:
    'the request is malformed: a required parameter is missing or repeated, or the token was sent in more than one way',
  invalid_dpop_proof: 'the DPoP proof is missing, malformed or does not match this request',
  use_dpop_nonce:
    'the server wants a DPoP nonce: repeat the request with the nonce from the DPoP-Nonce header',
  insufficient_user_authentication:
    'the user must sign in again with a stronger method (step-up authentication)',
};

/** What each common scheme expects from the client. */
const SCHEME_HINTS: Record<string, string> = {
  basic: 'Basic expects "Authorization: Basic " followed by base64 of user:password.',
  bearer: 'Bearer expects "Authorization: Bearer " followed by the access token (RFC 6750).',
  digest:
    'Digest expects a hashed answer to the nonce; HTTP libraries compute it when given the user and password.',
  negotiate: 'Negotiate means Kerberos/SPNEGO: the client needs a ticket for this service.',
  ntlm: 'NTLM is a Windows handshake over several requests on one connection.',
  dpop: 'DPoP expects "Authorization: DPoP " with the token plus a DPoP proof header signed for this request.',
  'aws4-hmac-sha256': 'AWS4-HMAC-SHA256 expects a Signature Version 4 signed request.',
};

const HEADERS = [
  { header: 'WWW-Authenticate', credentials: 'Authorization' },
  { header: 'Proxy-Authenticate', credentials: 'Proxy-Authorization' },
] as const;

function primary(challenges: readonly Challenge[]): Challenge | undefined {
  return challenges.find((c) => c.params['error'] !== undefined) ?? challenges[0];
}

function describe(challenge: Challenge): string {
  const { error, error_description: description, scope, realm } = challenge.params;
  const parts: string[] = [];
  const schemeName = `${challenge.scheme}${realm ? ` (realm "${realm}")` : ''}`;
  if (error !== undefined) {
    const meaning = AUTH_ERROR_MEANINGS[error];
    parts.push(
      `The server rejected the ${schemeName} credentials with "${error}": ${meaning ?? 'an error code outside RFC 6750'}.`,
    );
  } else {
    parts.push(`The server asks for ${schemeName} authentication.`);
  }
  if (description) parts.push(asSentence(`It explains: "${description}"`));
  if (scope) parts.push(`Scope needed: ${scope}.`);
  return parts.join(' ');
}

/**
 * WWW-Authenticate and Proxy-Authenticate parsed into challenges, the error code explained, and the
 * sent credentials compared with the scheme asked for.
 */
export function findAuthChallenge(ctx: DiagnoseContext): Finding[] {
  const findings: Finding[] = [];
  for (const { header, credentials } of HEADERS) {
    const values = getHeaderValues(ctx.response.headers, header);
    if (values.length === 0) continue;
    const challenges: Challenge[] = [];
    const problems: string[] = [];
    // Challenges are read up to MAX_CHALLENGES across all the header's lines, as within one.
    for (const value of values) {
      if (challenges.length >= MAX_CHALLENGES) break;
      const parsed = parseChallenges(value);
      challenges.push(...parsed.challenges);
      problems.push(...parsed.problems);
    }
    const main = primary(challenges);
    if (!main) {
      findings.push({
        id: 'auth-challenge',
        severity: 'warning',
        title: `${header} is empty or unreadable`,
        detail: `It should name an authentication scheme, e.g. Bearer. ${problems.join(' ')}`.trim(),
        data: { header, challenges: [] },
      });
      continue;
    }
    const scheme = main.scheme.toLowerCase();
    const { error, error_description: description, realm, scope } = main.params;
    const parts = [describe(main)];
    const hint = SCHEME_HINTS[scheme];
    if (hint) parts.push(hint);
    if (scheme === 'bearer' && error === undefined && ctx.response.status === 401) {
      parts.push(
        'No error code usually means no credentials reached the server: check the header is actually sent (redirects to another host and some proxies drop it).',
      );
    }
    const sent = ctx.request ? getHeader(ctx.request.headers, credentials) : undefined;
    if (ctx.request && sent === undefined) {
      parts.push(`The request had no ${credentials} header.`);
    } else if (sent !== undefined) {
      const sentScheme = sent.trim().split(/\s+/)[0] ?? '';
      const offered = challenges.map((c) => c.scheme.toLowerCase());
      if (!offered.includes(sentScheme.toLowerCase())) {
        parts.push(
          `The request sent "${credentials}: ${sentScheme} …" but the server accepts ${challenges.map((c) => c.scheme).join(', ')}; the scheme word is missing or wrong.`,
        );
      }
    }
    if (challenges.length > 1) parts.push(`Schemes offered: ${challenges.map((c) => c.scheme).join(', ')}.`);
    if (problems.length > 0) parts.push(`Partly malformed: ${problems.join(' ')}`);
    const title =
      error !== undefined && AUTH_ERROR_MEANINGS[error]
        ? `${header}: ${error.replace(/_/g, ' ')}`
        : `${header}: ${main.scheme}${realm ? ` realm "${realm}"` : ''}`;
    findings.push({
      id: 'auth-challenge',
      severity: error !== undefined && ctx.response.status >= 400 ? 'error' : 'info',
      title,
      detail: parts.join(' '),
      data: {
        header,
        scheme: main.scheme,
        ...(realm !== undefined && { realm }),
        ...(error !== undefined && { error }),
        ...(description !== undefined && { description }),
        ...(scope !== undefined && { scope }),
        ...(main.params['error_uri'] !== undefined && { errorUri: main.params['error_uri'] }),
        challenges: challenges.map((c) => ({
          scheme: c.scheme,
          ...(c.token68 !== undefined && { token68: c.token68 }),
          params: { ...c.params },
        })),
      },
    });
  }
  return findings;
}
