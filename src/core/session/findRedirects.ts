import { getHeader } from '../http/headers';
import type { Finding } from '../types';
import { describeRequest, withoutFragment, type SessionItem } from './sessionItems';

/** How far after a redirect the followed request is looked for. */
const FOLLOW_WINDOW = 20;

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400 && status !== 304;
}

function target(item: SessionItem): string | undefined {
  const location = getHeader(item.exchange.response.headers, 'location')?.trim();
  if (!location) return undefined;
  try {
    return withoutFragment(new URL(location, item.url ?? undefined).href);
  } catch {
    return undefined;
  }
}

/** For each redirect, the later entry that followed it (the first request for its Location). */
function followers(items: readonly SessionItem[]): Map<number, SessionItem> {
  const next = new Map<number, SessionItem>();
  const taken = new Set<number>();
  for (const item of items) {
    if (!isRedirect(item.status)) continue;
    const to = target(item);
    if (to === undefined) continue;
    const follower = items
      .slice(item.index + 1, item.index + 1 + FOLLOW_WINDOW)
      .find((i) => i.address === to && !taken.has(i.index));
    if (follower) {
      next.set(item.index, follower);
      taken.add(follower.index);
    }
  }
  return next;
}

function loops(items: readonly SessionItem[], next: Map<number, SessionItem>): Finding[] {
  const targets = new Set([...next.values()].map((i) => i.index));
  const findings: Finding[] = [];
  for (const start of items) {
    if (targets.has(start.index) || !next.has(start.index)) continue;
    const chain: SessionItem[] = [start];
    for (let at = next.get(start.index); at; at = next.get(at.index)) chain.push(at);
    const seen = new Set<string>();
    const repeated = chain.find((i) => (seen.has(i.address) ? true : (seen.add(i.address), false)));
    const last = chain[chain.length - 1] as SessionItem;
    const gaveUp = /TOO_MANY_REDIRECTS/i.test(last.exchange.recorded?.error ?? '');
    if (!repeated && !gaveUp) continue;
    const cycle = [...new Set(chain.map((i) => i.address))];
    findings.push({
      id: 'redirect-loop',
      severity: 'error',
      title: `Redirect loop: ${cycle.length === 1 ? `${cycle[0]} redirects to itself` : repeated ? `${cycle.length} URLs redirect to each other` : `${chain.length} redirects without an end`}`,
      detail: `Entries ${chain.map((i) => i.index + 1).join(' → ')} redirect between ${cycle.length} URL${cycle.length > 1 ? 's' : ''}${gaveUp ? ', until the browser gave up (too many redirects)' : ''}. Typical causes: HTTP↔HTTPS or www↔apex rules that disagree (a proxy terminating TLS while the app still forces HTTPS), or a login page that redirects while the session cookie is refused (check the cookie findings).`,
      data: { entries: chain.map((i) => i.index), urls: cycle },
    });
  }
  return findings;
}

function methodChanges(next: Map<number, SessionItem>, items: readonly SessionItem[]): Finding[] {
  return [...next].flatMap(([index, follower]): Finding[] => {
    const from = items[index] as SessionItem;
    if (from.method === follower.method || from.method === 'HEAD' || from.method === '') return [];
    const status = from.status;
    const keeps = status === 307 || status === 308;
    const intended = status === 303;
    return [
      {
        id: 'redirect-method-changed',
        severity: keeps ? 'error' : intended ? 'info' : 'warning',
        title: `${from.method} became ${follower.method} after a ${status} redirect`,
        detail: keeps
          ? `A ${status} requires the same method and body on the new URL, yet entry ${follower.index + 1} used ${follower.method}: the client breaks RFC 9110 §15.4.${status === 307 ? '8' : '9'}.`
          : intended
            ? `${status} See Other tells the client to fetch the result with GET (RFC 9110 §15.4.4): the ${from.method} body was not sent again, as intended.`
            : `RFC 9110 lets clients turn a POST into GET on ${status} (browsers do), so ${describeRequest(from)}'s body was dropped and entry ${follower.index + 1} fetched ${follower.address} instead. To keep the method and body, the server should answer ${status === 301 ? '308' : '307'}.`,
        data: { entries: [from.index, follower.index], status, from: from.method, to: follower.method },
      },
    ];
  });
}

/** Redirect chains: loops, and requests that followed a redirect with another method. */
export function findRedirects(items: readonly SessionItem[]): Finding[] {
  const next = followers(items);
  return [...loops(items, next), ...methodChanges(next, items)];
}
