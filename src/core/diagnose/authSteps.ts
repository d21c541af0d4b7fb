import { getHeader } from '../http/headers';
import type { Finding, FindingOf, NextStep } from '../types';
import type { DiagnoseContext } from './diagnoseContext';
import { bodyAdvice } from './bodyAdvice';
import { findingOf } from './findingData';
import { step } from './nextStep';

/** What in this exchange says the token expired, in words, strongest first. */
function expiredEvidence(
  ctx: DiagnoseContext,
  findings: readonly Finding[],
  error: string | undefined,
): string[] {
  const evidence: string[] = [];
  const token = findingOf(findings, 'token-expired')?.data;
  if (token && 'expiredAt' in token)
    evidence.push(`The bearer token expired at ${token.expiredAt.replace('.000Z', 'Z')}`);
  const advice = bodyAdvice(ctx);
  if (advice?.kind === 'token-expired') evidence.push(`the body says “${advice.quote}”`);
  if (evidence.length > 0 && error === 'invalid_token') evidence.push('WWW-Authenticate says invalid_token');
  if (evidence.length > 0) evidence[0] = evidence[0]!.charAt(0).toUpperCase() + evidence[0]!.slice(1);
  return evidence;
}

/**
 * 401 steps: the credentials header checked against the scheme the server asks for, then what the
 * RFC 6750 error code says to do about the token.
 */
export function authSteps(ctx: DiagnoseContext, findings: readonly Finding[]): NextStep[] {
  let challenge: FindingOf<'auth-challenge'>['data'] | undefined;
  for (const f of findings)
    if (f.id === 'auth-challenge' && f.data.header === 'WWW-Authenticate') {
      challenge = f.data;
      break;
    }
  const error = challenge?.error;
  const scheme = challenge?.scheme ?? 'Bearer';
  const example = `Authorization: ${scheme} ${scheme.toLowerCase() === 'basic' ? '<base64 of user:password>' : '<token>'}`;
  const steps: NextStep[] = [];
  const sent = ctx.request ? getHeader(ctx.request.headers, 'authorization') : undefined;
  if (ctx.request && sent === undefined) {
    steps.push(step('auth-header', `The request carried no Authorization header: add "${example}".`));
  } else if (sent !== undefined && !sent.trim().toLowerCase().startsWith(`${scheme.toLowerCase()} `)) {
    steps.push(
      step(
        'auth-header',
        `The Authorization header does not start with "${scheme} ": send it as "${example}".`,
      ),
    );
  }
  // Everything that says the token expired (its exp claim, the body, invalid_token) asks for one
  // thing: a new token. One step says it, with the evidence, instead of three that say it again.
  const expired = expiredEvidence(ctx, findings, error);
  if (expired.length > 0) {
    steps.push(
      step(
        'refresh-token',
        `${expired.join('; ')}: get a new access token (refresh it, or sign in again) and repeat the request once with it. Refresh automatically once; if the refresh fails, send the user to sign in again instead of looping.`,
      ),
    );
    return steps;
  }
  if (error === 'invalid_token') {
    steps.push(
      step(
        'token',
        'The server says the access token expired, was revoked or is invalid: refresh it (or sign in again) and retry once with the new token.',
      ),
    );
  } else if (error === 'insufficient_scope') {
    const scope = challenge?.scope;
    steps.push(
      step(
        'token',
        `The token lacks permissions${scope ? `: request a token with scope "${scope}"` : ''}; refreshing the same grant will not help.`,
      ),
    );
  } else if (error === 'invalid_request') {
    steps.push(
      step(
        'token',
        'The server says the request is malformed: send the token once, in the Authorization header only, with no duplicate parameters.',
      ),
    );
  } else {
    steps.push(
      step(
        'token',
        `Check the token: has it expired? Was it revoked or regenerated since you stored it? Is it sent as "${example}"?`,
      ),
    );
  }
  steps.push(
    step(
      'refresh-token',
      'Refresh the token automatically once; if the refresh fails, send the user to sign in again instead of looping.',
    ),
  );
  return steps;
}
