import { getHeader } from '../http/headers';
import type { Finding } from '../types';
import type { DiagnoseContext } from './diagnoseContext';
import { text } from './findingData';

/**
 * 401 steps: the credentials header checked against the scheme the server asks for, then what the
 * RFC 6750 error code says to do about the token.
 */
export function authSteps(ctx: DiagnoseContext, findings: readonly Finding[]): string[] {
  const challenge = findings.find(
    (f) => f.id === 'auth-challenge' && f.data?.['header'] === 'WWW-Authenticate',
  )?.data;
  const error = text(challenge, 'error');
  const scheme = text(challenge, 'scheme') ?? 'Bearer';
  const example = `Authorization: ${scheme} ${scheme.toLowerCase() === 'basic' ? '<base64 of user:password>' : '<token>'}`;
  const steps: string[] = [];
  const sent = ctx.request ? getHeader(ctx.request.headers, 'authorization') : undefined;
  if (ctx.request && sent === undefined) {
    steps.push(`The request carried no Authorization header: add "${example}".`);
  } else if (sent !== undefined && !sent.trim().toLowerCase().startsWith(`${scheme.toLowerCase()} `)) {
    steps.push(`The Authorization header does not start with "${scheme} ": send it as "${example}".`);
  }
  if (error === 'invalid_token') {
    steps.push(
      'The server says the access token expired, was revoked or is invalid: refresh it (or sign in again) and retry once with the new token.',
    );
  } else if (error === 'insufficient_scope') {
    const scope = text(challenge, 'scope');
    steps.push(
      `The token lacks permissions${scope ? `: request a token with scope "${scope}"` : ''}; refreshing the same grant will not help.`,
    );
  } else if (error === 'invalid_request') {
    steps.push(
      'The server says the request is malformed: send the token once, in the Authorization header only, with no duplicate parameters.',
    );
  } else {
    steps.push(
      `Check the token: has it expired? Was it revoked or regenerated since you stored it? Is it sent as "${example}"?`,
    );
  }
  steps.push(
    'Refresh the token automatically once; if the refresh fails, send the user to sign in again instead of looping.',
  );
  return steps;
}
