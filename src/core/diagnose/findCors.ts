import { getHeader, hasHeader } from '../http/headers';
import type { Finding } from '../types';
import { checkCors, requestedHeaders, type CorsNeed } from './checkCors';
import type { DiagnoseContext } from './diagnoseContext';

/** The origin of a URL, or undefined when it has none a browser would compare. */
function originOf(url: URL | undefined): string | undefined {
  return url && url.origin !== 'null' ? url.origin : undefined;
}

/**
 * With an Origin in the request, what the browser will do with this response: Access-Control-Allow-*
 * compared with what the request needs. Same-origin requests (browsers add Origin to POSTs too) are
 * left alone.
 */
export function findCors(ctx: DiagnoseContext): Finding[] {
  const request = ctx.request;
  const origin = request && getHeader(request.headers, 'origin')?.trim();
  // Status 0: no response arrived, so there are no headers to judge.
  if (!request || !origin || ctx.response.status === 0) return [];
  if (originOf(ctx.requestUrl?.url) === origin) return [];
  const preflightMethod =
    request.method.toUpperCase() === 'OPTIONS'
      ? getHeader(request.headers, 'access-control-request-method')?.trim()
      : undefined;
  const need: CorsNeed = {
    origin,
    method: preflightMethod ?? request.method.toUpperCase(),
    headers: preflightMethod ? requestedHeaders(request.headers) : [],
    ...(!preflightMethod && { credentials: hasHeader(request.headers, 'cookie') }),
  };
  const what = preflightMethod ? `the preflight for ${need.method}` : 'this response';
  return checkCors(need, ctx.response, preflightMethod !== undefined).map((p) => ({
    id: 'cors',
    severity: p.blocks ? 'error' : 'warning',
    title: p.blocks
      ? `The browser will refuse ${what} from ${origin}`
      : 'CORS: the allowed origin may be cached for another page',
    detail: `${p.message}${p.blocks ? (preflightMethod ? ' The browser then never sends the actual request; the page sees a network error (fetch rejects with TypeError), not this status.' : ' The server did answer (and may have acted on the request), but the page only sees a network error (fetch rejects with TypeError). Fix it on the server; nothing in the page can.') : ''}`,
    data: {
      origin,
      problem: p.problem,
      ...(p.missing && { missing: p.missing }),
      preflight: preflightMethod !== undefined,
    },
  }));
}
