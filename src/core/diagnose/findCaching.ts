import { getHeader, hasHeader } from '../http/headers';
import type { Finding } from '../types';
import type { DiagnoseContext } from './diagnoseContext';
import { findCacheStorage } from './findCacheStorage';

/**
 * Caching: whether and how long the response may be stored (findCacheStorage), and its validators.
 */
export function findCaching(ctx: DiagnoseContext): Finding[] {
  return [...findValidators(ctx), ...findCacheStorage(ctx)];
}

/**
 * ETag and Last-Modified: on a 304 they confirm which cached copy to use; on a successful GET they
 * are what makes cheap revalidation possible next time.
 */
function findValidators(ctx: DiagnoseContext): Finding[] {
  const { status, headers } = ctx.response;
  const etag = getHeader(headers, 'etag')?.trim();
  const lastModified = getHeader(headers, 'last-modified')?.trim();
  const data = {
    ...(etag !== undefined && { etag, weak: etag.startsWith('W/') }),
    ...(lastModified !== undefined && { lastModified }),
  };
  if (status === 304) {
    const req = ctx.request?.headers;
    const asked = req ? ['If-None-Match', 'If-Modified-Since'].filter((h) => hasHeader(req, h)) : [];
    const parts = ['Nothing changed since your cached copy: use it, there is no body to parse.'];
    if (asked.length > 0)
      parts.push(
        `The request asked with ${asked.join(' and ')}, and the server confirmed the copy is current.`,
      );
    if (etag)
      parts.push(
        `The current version is ETag ${etag}; keep it with the cached copy for the next revalidation.`,
      );
    if (lastModified) parts.push(`Last modified ${lastModified}.`);
    if (!etag && !lastModified) parts.push('The response carries no validator; keep the one you sent.');
    return [
      {
        id: 'cache-validators',
        severity: 'info',
        title: 'Not modified: use your cached copy',
        detail: parts.join(' '),
        data,
      },
    ];
  }
  if (status === 200 && (etag || lastModified)) {
    const how = [
      etag && 'If-None-Match with the ETag',
      lastModified && 'If-Modified-Since with the Last-Modified date',
    ]
      .filter(Boolean)
      .join(' or ');
    return [
      {
        id: 'cache-validators',
        severity: 'tip',
        title: 'The response can be revalidated',
        detail: `Keep the ${etag ? 'ETag' : 'Last-Modified date'} with the data and send ${how} next time: an unchanged resource then costs a bodiless 304.${etag?.startsWith('W/') ? ' The ETag is weak (W/): fine for revalidation, not for If-Match on writes or range requests.' : ''}`,
        data,
      },
    ];
  }
  return [];
}
