import { parseString, type Cookie } from 'set-cookie-parser';
import { getHeaderValues } from '../http/headers';
import type { CookieProblem, Finding } from '../types';
import type { DiagnoseContext } from './diagnoseContext';
import { formatDuration } from './formatDuration';

/** Browsers drop a cookie whose name plus value passes this many bytes (RFC 6265bis §5.6). */
export const MAX_COOKIE_BYTES = 4096;
/** Browsers cap a cookie's lifetime at 400 days (RFC 6265bis §5.6.1, Chrome 104+). */
export const MAX_COOKIE_AGE_SECONDS = 400 * 24 * 3600;
/** Set-Cookie headers checked per response; a pathological response with thousands gets a note instead. */
export const MAX_CHECKED_COOKIES = 50;

type Problem = { problem: CookieProblem; severity: 'warning' | 'info'; message: string };

const encoder = new TextEncoder();

function isLocalhost(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '[::1]';
}

function domainMatches(host: string, domain: string): boolean {
  const d = domain.replace(/^\./, '').toLowerCase();
  return host === d || host.endsWith(`.${d}`);
}

function prefixProblems(cookie: Cookie, https: boolean | undefined): Problem[] {
  const problems: Problem[] = [];
  if (/^__secure-/i.test(cookie.name) && (!cookie.secure || https === false))
    problems.push({
      problem: 'secure-prefix',
      severity: 'warning',
      message: 'A __Secure- cookie must carry Secure and be set over HTTPS; browsers reject it otherwise.',
    });
  if (/^__host-/i.test(cookie.name) && (!cookie.secure || cookie.domain !== undefined || cookie.path !== '/'))
    problems.push({
      problem: 'host-prefix',
      severity: 'warning',
      message: 'A __Host- cookie must carry Secure and Path=/ and no Domain; browsers reject it otherwise.',
    });
  return problems;
}

function sameSiteProblems(cookie: Cookie): Problem[] {
  const sameSite = cookie.sameSite?.toLowerCase();
  if (sameSite === undefined) return [];
  if (!['strict', 'lax', 'none'].includes(sameSite))
    return [
      {
        problem: 'samesite-invalid',
        severity: 'warning',
        message: `SameSite=${cookie.sameSite} is not a value browsers know: they treat the cookie as SameSite=Lax.`,
      },
    ];
  if (sameSite === 'none' && !cookie.secure)
    return [
      {
        problem: 'samesite-none-insecure',
        severity: 'warning',
        message:
          'SameSite=None without Secure: browsers reject the cookie outright. Add Secure (and serve over HTTPS).',
      },
    ];
  return [];
}

function lifetimeProblems(cookie: Cookie, reference: Date): Problem[] {
  if (cookie.maxAge !== undefined) {
    if (cookie.maxAge <= 0)
      return [
        {
          problem: 'deleted',
          severity: 'info',
          message: 'Max-Age is zero or negative: this deletes the cookie rather than setting it.',
        },
      ];
    if (cookie.maxAge > MAX_COOKIE_AGE_SECONDS)
      return [
        {
          problem: 'lifetime-capped',
          severity: 'info',
          message: `Max-Age asks for ${formatDuration(cookie.maxAge)}; browsers keep a cookie 400 days at most.`,
        },
      ];
    return [];
  }
  const expires = cookie.expires?.getTime();
  if (expires === undefined || Number.isNaN(expires)) return [];
  if (expires <= reference.getTime())
    return [
      {
        problem: 'expired',
        severity: 'info',
        message: `Expires is already past (${cookie.expires?.toUTCString()}): this deletes the cookie rather than setting it. If that was not the intent, check the server's clock or date arithmetic.`,
      },
    ];
  return [];
}

function placeProblems(cookie: Cookie, host: string | undefined, https: boolean | undefined): Problem[] {
  const problems: Problem[] = [];
  if (cookie.secure && https === false && host !== undefined && !isLocalhost(host))
    problems.push({
      problem: 'secure-over-http',
      severity: 'warning',
      message: 'Secure cookies set over plain HTTP are rejected (except on localhost).',
    });
  if (cookie.partitioned && !cookie.secure)
    problems.push({
      problem: 'partitioned-insecure',
      severity: 'warning',
      message: 'Partitioned requires Secure; browsers reject the cookie without it.',
    });
  if (cookie.domain !== undefined && host !== undefined && !domainMatches(host, cookie.domain))
    problems.push({
      problem: 'domain-mismatch',
      severity: 'warning',
      message: `Domain=${cookie.domain} does not cover ${host}, the host that set it: browsers reject the cookie. A site may only set cookies for its own domain or a parent of it.`,
    });
  const size = encoder.encode(cookie.name).length + encoder.encode(cookie.value).length;
  if (size > MAX_COOKIE_BYTES)
    problems.push({
      problem: 'too-large',
      severity: 'warning',
      message: `Its name and value take ${size} bytes; browsers drop cookies over ${MAX_COOKIE_BYTES}.`,
    });
  return problems;
}

/**
 * Each Set-Cookie, parsed with set-cookie-parser, checked for what browsers reject or drop
 * (RFC 6265bis and the SameSite, prefix and size rules browsers enforce).
 */
export function findCookies(ctx: DiagnoseContext): Finding[] {
  const values = getHeaderValues(ctx.response.headers, 'set-cookie');
  if (values.length === 0) return [];
  const url = ctx.requestUrl?.schemeAssumed ? undefined : ctx.requestUrl?.url;
  const host = ctx.requestUrl?.url.hostname.toLowerCase();
  const https = url === undefined ? undefined : url.protocol === 'https:';
  const findings = values.slice(0, MAX_CHECKED_COOKIES).flatMap((value) => {
    const cookie = parseString(value, { decodeValues: false });
    if (!cookie || (cookie.name === '' && cookie.value === '')) return [];
    const problems = [
      ...sameSiteProblems(cookie),
      ...prefixProblems(cookie, https),
      ...placeProblems(cookie, host, https),
      ...lifetimeProblems(cookie, ctx.reference),
    ];
    return problems.map((p): Finding => ({
      id: 'cookie',
      severity: p.severity,
      title:
        p.severity === 'info'
          ? `Cookie ${cookie.name}: ${p.problem === 'lifetime-capped' ? 'lifetime capped' : 'deleted'}`
          : `The browser will not keep the cookie ${cookie.name}`,
      detail: p.message,
      data: { name: cookie.name, problem: p.problem },
    }));
  });
  if (values.length > MAX_CHECKED_COOKIES)
    findings.push({
      id: 'diagnosis-incomplete',
      severity: 'info',
      title: `Only the first ${MAX_CHECKED_COOKIES} of ${values.length.toLocaleString('en-US')} Set-Cookie headers were checked`,
      detail: `A response rarely sets more than a few cookies; the rest were not checked for what browsers reject.`,
      data: { check: 'findCookies' },
    });
  return findings;
}
