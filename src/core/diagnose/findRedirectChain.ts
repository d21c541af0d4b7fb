import { followedRequest } from '../http/parseRawResponses';
import type { Exchange, Finding, TransportError } from '../types';
import type { DiagnoseContext } from './diagnoseContext';

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400 && status !== 304;
}

/** The client's error after the last hop of the chain, when it is not this exchange. */
function gaveUpAfter(exchange: Exchange | undefined): string | undefined {
  return exchange?.transportError ? gaveUpWords(exchange.transportError) : undefined;
}

/** A client that stopped following redirects: curl 47, a browser's ERR_TOO_MANY_REDIRECTS. */
function gaveUp(ctx: DiagnoseContext): string | undefined {
  return ctx.transportError ? gaveUpWords(ctx.transportError) : undefined;
}

function gaveUpWords(error: TransportError): string | undefined {
  if (error.tool === 'curl' && error.code === '47')
    return `curl gave up with exit code 47 (CURLE_TOO_MANY_REDIRECTS: “${error.message}”): it stops after --max-redirs redirects, 50 by default`;
  return /TOO_MANY_REDIRECTS|redirected you too many times/i.test(error.message)
    ? `The client gave up: “${error.message}”`
    : undefined;
}

/**
 * A redirect chain the paste shows followed (curl -iL), ending at this redirect: a loop when a URL
 * comes back, or when the client gave up following. Entries are the paste's exchanges, 0-based, this
 * one last. The request URLs come from the chain (the command's URL, then each Location).
 */
export function findRedirectChain(ctx: DiagnoseContext): Finding[] {
  if (!isRedirect(ctx.response.status)) return [];
  const { exchanges, index } = ctx.chain;
  const self: Exchange = {
    ...(ctx.request && { request: ctx.request }),
    response: ctx.response,
    ...(ctx.transportError && { transportError: ctx.transportError }),
  };
  const at = (i: number): Exchange | undefined => (i === index ? self : exchanges[i]);
  const follows = (i: number): boolean => {
    const before = at(i - 1);
    const followed = before?.request && followedRequest(before.request, before.response);
    return followed !== undefined && followed.target === at(i)?.request?.target;
  };
  // The run of redirects through this one, each request the one its predecessor implies.
  let first = index;
  while (first > 0 && follows(first)) first--;
  let last = index;
  while (last + 1 < exchanges.length && follows(last + 1) && isRedirect(at(last + 1)?.response.status ?? 0))
    last++;
  const hops: Exchange[] = [];
  for (let i = first; i <= last; i++) hops.push(at(i) as Exchange);
  const urls = hops.map((x) => x.request?.target).filter((u): u is string => u !== undefined);
  const seen = new Set<string>();
  const repeated = urls.some((u) => (seen.has(u) ? true : (seen.add(u), false)));
  const client = index === last ? (gaveUp(ctx) ?? gaveUpAfter(at(last))) : gaveUpAfter(at(last));
  if (!repeated && !client) return [];
  const cycle = [...seen];
  const entries = hops.map((_, i) => first + i);
  const what =
    cycle.length === 1
      ? `${cycle[0]} redirects to itself`
      : repeated
        ? `${cycle.length} URLs redirect to each other`
        : `${hops.length} redirects without an end`;
  const path = repeated ? ` The paste shows ${hops.length} redirects between ${cycle.join(' and ')}.` : '';
  return [
    {
      id: 'redirect-loop',
      severity: 'error',
      title: `Redirect loop: ${what}`,
      detail: `${client ? `${client}.` : 'The redirects come back to a URL already visited, so following them never ends.'}${path} Typical causes: HTTP↔HTTPS or www↔apex rules that disagree (a proxy terminating TLS while the app still forces HTTPS), or a login page that redirects while the session cookie is refused or not sent (curl needs -c/-b to keep cookies across redirects).`,
      data: { entries, urls: cycle },
    },
  ];
}
