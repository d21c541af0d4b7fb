import { findingOf } from '../diagnose/findingData';
import type { Finding } from '../types';
import { noResponseOf } from './noResponseOf';
import { groupBy, type SessionItem } from './sessionItems';

/** Distinct endpoints failing the same way before it reads as one cause rather than several bugs. */
export const SHARED_FAILURE_MIN_ENDPOINTS = 3;

/** What two failures must share to count as the same error: status and the body's message, or the cause of no response. */
function signature(item: SessionItem): string | undefined {
  if (!item.failed) return undefined;
  const { findings } = item.diagnosis;
  if (item.status === 0) {
    const noResponse = noResponseOf(item.exchange);
    return `0 ${noResponse?.message || noResponse?.cause || ''}`;
  }
  const message =
    findingOf(findings, 'problem-details')?.data.title ??
    findingOf(findings, 'error-message')?.data.message ??
    '';
  return `${item.status} ${message}`;
}

function endpoint(item: SessionItem): string {
  return `${item.method} ${item.url ? `${item.url.host}${item.url.pathname}` : item.address}`;
}

const CAUSES: Record<number, string> = {
  401: 'the credentials, not each call: the session or token is missing, expired or revoked, or the client stopped sending it',
  403: "a permission or policy shared by all of them (the account's role, a WAF or an IP rule), not each endpoint",
  404: 'a wrong base URL, API version or path prefix, since no single endpoint is to blame',
  407: 'the proxy credentials',
  429: 'a rate limit shared by all of them (per account or per IP): slow the whole client down, not one call',
  502: 'the gateway in front of all of them: the upstream service is down or unreachable',
  503: 'the service behind all of them: it is down, overloaded or in maintenance',
  504: 'the upstream behind the gateway: it is too slow or unreachable for every route',
};

function cause(status: number, hosts: string[]): string {
  if (status === 0)
    return `the network path to ${hosts.join(', ')} (DNS, connectivity, a proxy or extension blocking it, or CORS), not the API`;
  return (
    CAUSES[status] ??
    (status >= 500
      ? `the server side of ${hosts.join(', ')}, shared by all of them`
      : 'something every request has in common (a header, the account, the client version)')
  );
}

/** The same error across many endpoints: one cause to fix, not one bug per endpoint. */
export function findSharedFailure(items: readonly SessionItem[]): Finding[] {
  return groupBy(items, signature).flatMap((group): Finding[] => {
    const endpoints = new Set(group.map(endpoint));
    if (endpoints.size < SHARED_FAILURE_MIN_ENDPOINTS) return [];
    const first = group[0] as SessionItem;
    const hosts = [...new Set(group.map((i) => i.url?.host).filter((h): h is string => h !== undefined))];
    const said = signature(first)?.replace(/^\d+ /, '') ?? '';
    // An nginx page titled "502 Bad Gateway" says nothing the status does not.
    const message = said.includes(String(first.status)) ? '' : said;
    const what = first.status === 0 ? 'No response' : `${first.status} ${first.diagnosis.status.name}`;
    return [
      {
        id: 'shared-failure',
        severity: 'error',
        title: `${what} on ${endpoints.size} endpoints${message && first.status !== 0 ? `: “${message}”` : ''}`,
        detail: `${group.length} requests to ${endpoints.size} different endpoints failed the same way. One error across many endpoints points at ${cause(first.status, hosts)}. Fix that once; retrying each call will not help.`,
        data: {
          entries: group.map((i) => i.index),
          status: first.status,
          endpoints: endpoints.size,
          hosts,
          ...(message && { message }),
        },
      },
    ];
  });
}
