import { getHeader } from '../http/headers';
import type { HttpRequest } from '../types';

export interface RequestUrl {
  url: URL;
  /** True when the request did not say http or https and https was assumed. */
  schemeAssumed: boolean;
}

/**
 * The URL the request went to, when the paste tells: an absolute target (curl, HAR), or an
 * origin-form target with a Host header (raw HTTP/1.1) or :authority (HTTP/2 and 3).
 */
export function requestUrl(request: HttpRequest | undefined): RequestUrl | undefined {
  if (!request) return undefined;
  const target = request.target.trim();
  try {
    if (/^https?:\/\//i.test(target)) return { url: new URL(target), schemeAssumed: false };
    if (!target.startsWith('/')) return undefined;
    const host = getHeader(request.headers, 'host') ?? getHeader(request.headers, ':authority');
    if (!host || /[\s/\\@]/.test(host.trim())) return undefined;
    const scheme = getHeader(request.headers, ':scheme')?.trim().toLowerCase();
    const known = scheme === 'http' || scheme === 'https';
    return { url: new URL(`${known ? scheme : 'https'}://${host.trim()}${target}`), schemeAssumed: !known };
  } catch {
    return undefined;
  }
}
