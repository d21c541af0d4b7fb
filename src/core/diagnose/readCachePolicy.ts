import CachePolicy from 'http-cache-semantics';
import type { Header, HttpRequest, HttpResponse } from '../types';

/** What a browser cache (private) and a CDN or proxy (shared) may do with a response. */
export interface CacheReading {
  /** A browser may store it. */
  storable: boolean;
  /** A shared cache (CDN, proxy) may store it. */
  sharedStorable: boolean;
  /** Seconds a browser may reuse it without asking the server again (0: revalidate every time). */
  freshSeconds: number;
  /** The same for a shared cache. */
  sharedFreshSeconds: number;
  /** Response Cache-Control directives, lower-case names. */
  directives: Map<string, string | true>;
}

function headerRecord(headers: readonly Header[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (const { name, value } of headers) {
    const key = name.toLowerCase();
    if (key.startsWith(':')) continue;
    record[key] = key in record ? `${record[key]}, ${value}` : value;
  }
  return record;
}

/** Cache-Control as directive → value (true for bare directives); later duplicates do not override. */
export function parseCacheControl(value: string | undefined): Map<string, string | true> {
  const directives = new Map<string, string | true>();
  if (value === undefined) return directives;
  for (const part of value.split(',')) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (name === '' || directives.has(name)) continue;
    directives.set(
      name,
      eq < 0
        ? true
        : part
            .slice(eq + 1)
            .trim()
            .replace(/^"(.*)"$/, '$1'),
    );
  }
  return directives;
}

/**
 * Reads a response's cacheability with http-cache-semantics (RFC 9111), on the response's own clock:
 * `reference` stands in for "now" so the reading does not depend on when it is made.
 */
export function readCachePolicy(
  request: HttpRequest | undefined,
  response: HttpResponse,
  reference: Date,
): CacheReading {
  const req = {
    method: request?.method.toUpperCase() || 'GET',
    url: request?.target ?? '/',
    headers: headerRecord(request?.headers ?? []),
  };
  const res = { status: response.status, headers: headerRecord(response.headers) };
  const at = reference.getTime();
  class PolicyAt extends CachePolicy {
    now(): number {
      return at;
    }
  }
  const browser = new PolicyAt(req, res, { shared: false });
  const shared = new PolicyAt(req, res, { shared: true });
  const age = Number(res.headers['age'] ?? 0);
  const remaining = (policy: CachePolicy) =>
    Math.max(0, Math.round(policy.maxAge() - (Number.isFinite(age) ? age : 0)));
  return {
    storable: browser.storable(),
    sharedStorable: shared.storable(),
    freshSeconds: remaining(browser),
    sharedFreshSeconds: remaining(shared),
    directives: parseCacheControl(res.headers['cache-control']),
  };
}
