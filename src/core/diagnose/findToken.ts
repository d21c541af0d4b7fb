import { getHeader } from '../http/headers';
import type { Finding } from '../types';
import { bearerToken, decodeJwt, type JwtClaims } from './decodeJwt';
import type { DiagnoseContext } from './diagnoseContext';
import { formatDuration } from './formatDuration';

const REFERENCE_WORDS = {
  'date-header': "the response's Date header",
  recorded: 'the recorded start of the request',
  now: 'the current time (the response has no Date header)',
} as const;

function isoOf(seconds: number | undefined): string | undefined {
  if (seconds === undefined) return undefined;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function claimLines(claims: JwtClaims): string[] {
  const lines: string[] = [];
  if (claims.iss) lines.push(`issuer ${claims.iss}`);
  if (claims.sub) lines.push(`subject ${claims.sub}`);
  if (claims.aud) lines.push(`audience ${[claims.aud].flat().join(', ')}`);
  if (claims.scope) lines.push(`scope "${claims.scope}"`);
  const issued = isoOf(claims.iat);
  if (issued) lines.push(`issued ${issued}`);
  const expires = isoOf(claims.exp);
  if (expires) lines.push(`expires ${expires}`);
  return lines;
}

/**
 * A bearer JWT in the request: its claims, and whether it had expired (exp) or was not yet valid
 * (nbf) at the response's time. Decoding only: nothing is verified or sent.
 */
export function findToken(ctx: DiagnoseContext): Finding[] {
  const token = bearerToken(ctx.request && getHeader(ctx.request.headers, 'authorization'));
  const decoded = token === undefined ? undefined : decodeJwt(token);
  if (!decoded) return [];
  const { claims } = decoded;
  const at = ctx.reference.getTime() / 1000;
  const source = REFERENCE_WORDS[ctx.referenceSource];
  const rejected = ctx.response.status === 401 || ctx.response.status === 403;
  const accepted = ctx.response.status >= 200 && ctx.response.status < 400;
  const findings: Finding[] = [];
  const expiredAt = isoOf(claims.exp);
  const notBefore = isoOf(claims.nbf);
  if (claims.exp !== undefined && expiredAt && claims.exp <= at) {
    const ago = formatDuration(at - claims.exp);
    findings.push({
      id: 'token-expired',
      severity: rejected ? 'error' : 'warning',
      title: `The bearer token expired ${ago} before this request`,
      detail: `Its exp claim is ${expiredAt}; measured against ${source}, it had run out ${ago} earlier. ${rejected ? 'That explains the rejection: get a new access token (refresh it) and repeat the request.' : accepted ? 'The server still accepted it (clock skew allowance, or it does not check exp): refresh it before it is refused.' : `This ${ctx.response.status} is not about the token, but the token will be refused once it is checked: refresh it.`}`,
      data: { expiredAt, secondsPast: Math.round(at - claims.exp) },
    });
  } else if (claims.nbf !== undefined && notBefore && claims.nbf > at) {
    const early = formatDuration(claims.nbf - at);
    findings.push({
      id: 'token-expired',
      severity: rejected ? 'error' : 'warning',
      title: `The bearer token was not valid yet (${early} too early)`,
      detail: `Its nbf claim is ${notBefore}, ${early} after ${source}. A token used before its nbf is refused; this usually means the clocks of the issuer and the API disagree. Check both servers' time (NTP).`,
      data: { notBefore, secondsEarly: Math.round(claims.nbf - at) },
    });
  }
  const lines = claimLines(claims);
  const remaining = claims.exp !== undefined && claims.exp > at ? formatDuration(claims.exp - at) : undefined;
  findings.push({
    id: 'token',
    severity: 'info',
    title: `The request carries a JWT bearer token${remaining ? ` (valid for ${remaining} more)` : ''}`,
    detail: `Decoded here, not verified: ${lines.length > 0 ? lines.join('; ') : 'it has none of the usual claims'}${decoded.alg ? `; signed with ${decoded.alg}` : ''}.${decoded.alg === 'none' ? ' alg "none" means unsigned: an API must never accept it.' : ''}`,
    data: {
      claims,
      ...(decoded.alg !== undefined && { alg: decoded.alg }),
      ...(expiredAt && { expiresAt: expiredAt }),
      ...(notBefore && { notBefore }),
    },
  });
  return findings;
}
