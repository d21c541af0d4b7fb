import { getHeaderValues } from '../http/headers';
import type { Finding } from '../types';
import type { DiagnoseContext } from './diagnoseContext';
import { findRedirectChain } from './findRedirectChain';

const PERMANENT = new Set([301, 308]);
const METHOD_KEPT = new Set([307, 308]);
/** RFC 9110 §15.4.2-3 and the Fetch standard: on 301 and 302 only a POST may become a GET. */
const POST_MAY_CHANGE = new Set([301, 302]);

/** Only these schemes are ever offered as something to follow. */
const LINKABLE = new Set(['http:', 'https:']);

function meaning(status: number): string {
  if (status === 201)
    return 'The new resource was created at this URL: store it (or the id in it) to fetch the resource later.';
  if (status === 202)
    return 'Processing continues in the background; this URL usually reports its progress, so poll it.';
  if (PERMANENT.has(status))
    return 'The move is permanent: update stored URLs, links and configuration to the new one.';
  if (status === 303) return 'See other: fetch this URL with GET to get the result (common after a POST).';
  if (status >= 300 && status < 400)
    return 'The move is temporary: follow it for this request, but keep using the original URL.';
  return `Location has no defined meaning on a ${status} response; it is shown for reference.`;
}

function redirectMethod(ctx: DiagnoseContext): Finding[] {
  const { status } = ctx.response;
  const method = ctx.request?.method.toUpperCase();
  const safe = method === 'GET' || method === 'HEAD';
  if (POST_MAY_CHANGE.has(status)) {
    if (method === undefined) {
      return [
        {
          id: 'redirect-method',
          severity: 'tip',
          title: `${status} may turn a POST into a GET`,
          detail: `If the original request was a POST, browsers and many clients repeat it as a GET without body when following a ${status} (RFC 9110 §15.4.${status === 301 ? 2 : 3} allows it for POST only; PUT, PATCH and DELETE keep their method). To keep a POST's method and body, the server should answer ${status === 301 ? 308 : 307}.`,
          data: { status, methodKept: 'maybe' },
        },
      ];
    }
    if (safe) return [];
    if (method !== 'POST') {
      return [
        {
          id: 'redirect-method',
          severity: 'info',
          title: `${status} keeps the ${method}`,
          detail: `Only a POST may be turned into a GET when following a ${status} (RFC 9110 §15.4.${status === 301 ? 2 : 3}; the Fetch standard does the same): clients repeat the ${method} at the new URL, with its body. Make sure your client follows redirects for ${method} at all; some only follow them for GET.`,
          data: { status, method, methodKept: 'yes' },
        },
      ];
    }
    return [
      {
        id: 'redirect-method',
        severity: 'warning',
        title: `POST redirected with ${status}: clients may switch to GET`,
        detail: `Following a ${status}, browsers and many HTTP libraries resend a POST as a GET and drop the body (RFC 9110 §15.4.${status === 301 ? 2 : 3} allows it for POST), so the POST may never reach the new URL. Use ${status === 301 ? 308 : 307} to keep the method, or send the POST to the new URL directly.`,
        data: { status, method, methodKept: 'maybe' },
      },
    ];
  }
  if (status === 303 && method !== undefined && !safe) {
    return [
      {
        id: 'redirect-method',
        severity: 'info',
        title: `${method} answered with 303: fetch the result with GET`,
        detail: `303 tells the client to GET the Location; the ${method} itself has been handled, so do not resend it.`,
        data: { status, method, methodKept: 'no' },
      },
    ];
  }
  if (METHOD_KEPT.has(status) && method !== undefined && !safe) {
    return [
      {
        id: 'redirect-method',
        severity: 'info',
        title: `${status} keeps the ${method}`,
        detail: `Following a ${status}, the client must repeat the ${method} with the same body at the new URL; make sure your client resends the body (some drop streamed bodies).`,
        data: { status, method, methodKept: 'yes' },
      },
    ];
  }
  return [];
}

/**
 * Location resolved against the request URL when known, with what the status means for it, and
 * a warning instead of a link for schemes other than http(s) (javascript:, data:).
 */
export function findLocation(ctx: DiagnoseContext): Finding[] {
  const { status } = ctx.response;
  const isRedirect = status >= 300 && status < 400 && status !== 304;
  const value = getHeaderValues(ctx.response.headers, 'location')[0]?.trim();
  const findings: Finding[] = isRedirect ? redirectMethod(ctx) : [];
  if (value === undefined) return findings;
  const base = ctx.requestUrl?.url;
  let absolute: URL | undefined;
  try {
    absolute = new URL(value);
  } catch {
    absolute = undefined;
  }
  if (absolute && !LINKABLE.has(absolute.protocol)) {
    findings.push({
      id: 'location',
      severity: 'warning',
      title: `Location uses the ${absolute.protocol} scheme`,
      detail: `The redirect target "${value}" is not an http(s) URL. Clients should not follow it, and it is never shown as a link here: a ${absolute.protocol} URL in Location usually signals an injection or a misconfigured server.`,
      data: { url: value, relative: false, linkable: false, scheme: absolute.protocol.slice(0, -1) },
    });
    return findings;
  }
  const relative = absolute === undefined;
  let resolved: URL | undefined = absolute;
  if (relative && base) {
    try {
      resolved = new URL(value, base);
    } catch {
      resolved = undefined;
    }
  }
  if (relative && !resolved && !base) {
    // Still check that the reference parses, against a placeholder origin.
    try {
      new URL(value, 'https://placeholder.invalid/');
    } catch {
      findings.push({
        id: 'location',
        severity: 'warning',
        title: 'Location is not a valid URL',
        detail: `"${value}" cannot be parsed as a URL reference, so clients cannot follow it.`,
        data: { url: value, relative: true, linkable: false },
      });
      return findings;
    }
  }
  const loops = isRedirect && findRedirectChain(ctx).length > 0;
  const parts = [
    loops
      ? 'It leads back into the redirect loop: following it goes round again (see the redirect loop above).'
      : meaning(status),
  ];
  if (relative && resolved) {
    parts.push(
      `It is relative; against the request URL it resolves to ${resolved.href}${ctx.requestUrl?.schemeAssumed ? ' (https assumed: the request did not say)' : ''}.`,
    );
  } else if (relative) {
    parts.push('It is relative to the request URL, which the paste does not include.');
  }
  if (base && resolved && resolved.href === base.href && isRedirect) {
    parts.push('It points back to the URL just requested: following it can loop.');
  }
  if (base && resolved && base.protocol === 'https:' && resolved.protocol === 'http:') {
    parts.push('It downgrades from https to http: credentials and cookies would travel unencrypted.');
  }
  findings.push({
    id: 'location',
    severity: base && resolved?.href === base.href && isRedirect ? 'warning' : 'info',
    title:
      status === 201
        ? 'Created at Location'
        : isRedirect
          ? `Redirects to ${resolved?.href ?? value}`
          : 'Location',
    detail: parts.join(' '),
    data: {
      url: value,
      relative,
      linkable: resolved !== undefined,
      ...(resolved && { resolved: resolved.href }),
    },
  });
  return findings;
}
