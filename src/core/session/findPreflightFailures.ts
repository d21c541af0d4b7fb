import { checkCors, requestedHeaders } from '../diagnose/checkCors';
import { getHeader, hasHeader } from '../http/headers';
import type { Finding } from '../types';
import { describeRequest, type SessionItem } from './sessionItems';

/** How far after a preflight the browser's actual request is looked for. */
const ACTUAL_REQUEST_WINDOW = 50;

function preflightOf(item: SessionItem): { origin: string; method: string } | undefined {
  const request = item.exchange.request;
  if (!request || item.method !== 'OPTIONS') return undefined;
  const origin = getHeader(request.headers, 'origin')?.trim();
  const method = getHeader(request.headers, 'access-control-request-method')?.trim();
  return origin && method ? { origin, method } : undefined;
}

/**
 * An OPTIONS preflight whose answer does not allow the origin, method or headers the actual request
 * needed, when the actual request then failed or was never sent.
 */
export function findPreflightFailures(items: readonly SessionItem[]): Finding[] {
  return items.flatMap((item): Finding[] => {
    const asked = preflightOf(item);
    if (!asked) return [];
    const actual = items
      .slice(item.index + 1, item.index + 1 + ACTUAL_REQUEST_WINDOW)
      .find((i) => i.address === item.address && i.method === asked.method);
    if (actual && actual.status !== 0) return [];
    const request = item.exchange.request;
    const problems = checkCors(
      {
        origin: asked.origin,
        method: asked.method,
        headers: request ? requestedHeaders(request.headers) : [],
        ...(actual?.exchange.request && {
          credentials: hasHeader(actual.exchange.request.headers, 'cookie'),
        }),
      },
      item.exchange.response,
      true,
    ).filter((p) => p.blocks);
    if (problems.length === 0) return [];
    return [
      {
        id: 'cors-preflight-failed',
        severity: 'error',
        title: `The CORS preflight for ${asked.method} ${describeRequest(item).replace(/^OPTIONS /, '')} failed`,
        detail: `${problems.map((p) => p.message).join(' ')} ${actual ? `So the browser did not send entry ${actual.index + 1} (recorded without a response): the page saw a network error.` : 'So the browser never sent the actual request: it is not in the recording.'} Fix the server's OPTIONS answer; the page's code cannot work around it.`,
        data: {
          entries: actual ? [item.index, actual.index] : [item.index],
          origin: asked.origin,
          method: asked.method,
          problems: problems.map((p) => p.problem),
          ...(problems.some((p) => p.missing) && { missing: problems.flatMap((p) => p.missing ?? []) }),
        },
      },
    ];
  });
}
