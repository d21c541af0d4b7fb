import { getHeader, getHeaderValues, hasHeader } from '../http/headers';
import type { Finding } from '../types';
import type { DiagnoseContext } from './diagnoseContext';
import { formatDuration } from './formatDuration';
import { readCachePolicy, type CacheReading } from './readCachePolicy';

function lifetime(seconds: number): string {
  return seconds > 0 ? `for ${formatDuration(seconds)}` : 'but must revalidate before each reuse';
}

function summary(r: CacheReading): { title: string; detail: string } {
  if (!r.storable && !r.sharedStorable)
    return {
      title: 'Not cacheable',
      detail: r.directives.has('no-store')
        ? 'no-store: no cache may keep any copy of it.'
        : 'No cache may store it (its method, status or directives rule it out).',
    };
  const browser = r.storable
    ? `A browser may reuse it ${lifetime(r.freshSeconds)}`
    : 'Browsers will not store it';
  const shared = r.sharedStorable
    ? `a shared cache (CDN, proxy) ${lifetime(r.sharedFreshSeconds)}`
    : 'shared caches (CDN, proxy) will not store it';
  const fresh = Math.max(r.freshSeconds, r.sharedFreshSeconds);
  return {
    title: fresh > 0 ? `Cacheable for ${formatDuration(fresh)}` : 'Stored, but revalidated on every use',
    detail: `${browser}; ${shared}.`,
  };
}

/** The mistakes that make a cache serve what it should not, or refetch what it could keep. */
function pitfalls(ctx: DiagnoseContext, r: CacheReading): Finding[] {
  const { headers } = ctx.response;
  const personal =
    (ctx.request !== undefined && hasHeader(ctx.request.headers, 'authorization')) ||
    hasHeader(headers, 'set-cookie');
  const findings: Finding[] = [];
  const warn = (title: string, detail: string, pitfall: string) =>
    findings.push({
      id: 'caching',
      severity: 'warning',
      title,
      detail,
      data: { storable: r.storable, pitfall },
    });
  if (r.directives.has('public') && personal)
    warn(
      'Personal data marked public',
      `The ${hasHeader(headers, 'set-cookie') ? 'response sets a cookie' : 'request was authenticated'}, yet Cache-Control says public: a CDN or proxy may store this answer and hand it to other users. Use private (or no-store) for per-user responses.`,
      'public-personal',
    );
  else if (
    r.sharedStorable &&
    r.sharedFreshSeconds > 0 &&
    hasHeader(headers, 'set-cookie') &&
    !r.directives.has('private')
  )
    warn(
      'A shared cache may store this Set-Cookie',
      "The response sets a cookie and is cacheable by shared caches: one user's cookie could be replayed to others. Add private or no-store.",
      'shared-set-cookie',
    );
  if (r.directives.has('no-store') && (r.directives.has('max-age') || r.directives.has('no-cache')))
    warn(
      'Contradictory Cache-Control',
      'no-store wins over max-age and no-cache: nothing is stored. Say only what you mean.',
      'contradictory',
    );
  if (getHeader(headers, 'vary')?.trim() === '*')
    warn(
      'Vary: * makes it uncachable',
      'Vary: * means no stored copy can ever match a later request.',
      'vary-star',
    );
  return findings;
}

/** Tips for directives people misread. */
function notes(ctx: DiagnoseContext, r: CacheReading): string[] {
  const out: string[] = [];
  if (r.directives.has('no-cache') && !r.directives.has('no-store'))
    out.push(
      'no-cache does not forbid storing: caches keep the copy and revalidate it on every use. To keep nothing, use no-store.',
    );
  if (
    !hasHeader(ctx.response.headers, 'cache-control') &&
    /no-cache/i.test(getHeader(ctx.response.headers, 'pragma') ?? '')
  )
    out.push(
      'Pragma: no-cache is a request header from HTTP/1.0; on a response, caches follow Cache-Control instead (RFC 9111 §5.4).',
    );
  const vary = getHeaderValues(ctx.response.headers, 'vary').join(', ').trim();
  if (vary !== '' && vary !== '*')
    out.push(`A stored copy is reused only for requests with the same ${vary}.`);
  if (
    r.storable &&
    !hasHeader(ctx.response.headers, 'cache-control') &&
    !hasHeader(ctx.response.headers, 'expires') &&
    r.freshSeconds > 0
  )
    out.push(
      'No Cache-Control or Expires: the freshness is a heuristic (10 % of the time since Last-Modified); say max-age explicitly.',
    );
  return out;
}

const CACHE_HEADERS = ['cache-control', 'expires', 'pragma', 'vary'];

/**
 * Whether the response may be stored and for how long (http-cache-semantics, RFC 9111), for a
 * browser and for shared caches, with the usual mistakes. Only for responses that talk about caching
 * or that caches would store by default on their own.
 */
export function findCacheStorage(ctx: DiagnoseContext): Finding[] {
  const { response } = ctx;
  if (response.status < 200) return [];
  const speaks = CACHE_HEADERS.some((h) => hasHeader(response.headers, h));
  if (!speaks && !(response.status === 200 && hasHeader(response.headers, 'last-modified'))) return [];
  const r = readCachePolicy(ctx.request, response, ctx.reference);
  const { title, detail } = summary(r);
  const extra = notes(ctx, r);
  return [
    ...pitfalls(ctx, r),
    {
      id: 'caching',
      severity: 'info',
      title,
      detail: [detail, ...extra].join(' '),
      data: {
        storable: r.storable,
        sharedStorable: r.sharedStorable,
        ...(r.storable && { freshSeconds: r.freshSeconds }),
        ...(r.sharedStorable && { sharedFreshSeconds: r.sharedFreshSeconds }),
      },
    },
  ];
}
