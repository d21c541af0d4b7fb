import { bearerToken, decodeJwt } from '../diagnose/decodeJwt';
import { formatDuration } from '../diagnose/formatDuration';
import { getHeader } from '../http/headers';
import type { Finding } from '../types';
import { groupBy, type SessionItem } from './sessionItems';

function tokenOf(item: SessionItem): string | undefined {
  const request = item.exchange.request;
  return bearerToken(request && getHeader(request.headers, 'authorization'));
}

const rejected = (item: SessionItem) => item.status === 401 || item.status === 403;
const passed = (item: SessionItem) => item.status !== 0 && !rejected(item);

/**
 * A bearer JWT that passed earlier in the session and was refused once its exp had come: the app
 * kept using a token it should have refreshed.
 */
export function findExpiredTokens(items: readonly SessionItem[]): Finding[] {
  const tokens = new Map(items.map((item) => [item.index, tokenOf(item)]));
  return groupBy(items, (item) => tokens.get(item.index)).flatMap((group): Finding[] => {
    const token = tokens.get((group[0] as SessionItem).index) as string;
    const exp = decodeJwt(token)?.claims.exp;
    if (exp === undefined) return [];
    const expMs = exp * 1000;
    const refused = group.filter((i) => rejected(i) && (i.atMs ?? i.startMs ?? -Infinity) >= expMs);
    const firstRefused = refused[0];
    const lastPassed = firstRefused && group.filter((i) => passed(i) && i.index < firstRefused.index).pop();
    if (!firstRefused || !lastPassed) return [];
    const expiredAt = new Date(expMs).toISOString();
    const refreshed = items.find(
      (i) =>
        i.index > firstRefused.index &&
        passed(i) &&
        tokens.get(i.index) !== undefined &&
        tokens.get(i.index) !== token,
    );
    const late = ((firstRefused.atMs ?? firstRefused.startMs ?? expMs) - expMs) / 1000;
    return [
      {
        id: 'token-expired',
        severity: 'error',
        title: `The access token expired during the session: ${refused.length} request${refused.length > 1 ? 's' : ''} refused`,
        detail: `The same bearer token passed up to entry ${lastPassed.index + 1} and expired at ${expiredAt}; entry ${firstRefused.index + 1}, sent ${formatDuration(late)} after that, was refused with ${firstRefused.status}. ${refreshed ? `A new token first passed at entry ${refreshed.index + 1}: refresh before exp (say a minute early) instead of waiting for a refusal.` : 'No request with a new token follows: the app did not refresh it. Refresh the access token shortly before exp, or on the first 401, then repeat the request once.'}`,
        data: {
          entries: refused.map((i) => i.index),
          expiredAt,
          lastPassed: lastPassed.index,
          ...(refreshed && { refreshedAt: refreshed.index }),
        },
      },
    ];
  });
}
