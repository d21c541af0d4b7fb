import { getHeader, hasHeader, parseMediaType } from '../http/headers';
import type { Finding, FindingSeverity } from '../types';
import type { DiagnoseContext } from './diagnoseContext';
import { readRateLimits } from './readRateLimits';

interface Rule {
  header: string;
  applies: (ctx: DiagnoseContext) => boolean;
  severity: FindingSeverity;
  detail: string;
}

const REDIRECTS_NEEDING_LOCATION = new Set([301, 302, 303, 307, 308]);

const RULES: Rule[] = [
  {
    header: 'WWW-Authenticate',
    applies: (ctx) => ctx.response.status === 401,
    severity: 'warning',
    detail:
      'A 401 must say how to authenticate (RFC 9110 §15.5.2). Without the challenge, clients cannot tell Basic from Bearer, and the body or the API documentation is the only clue.',
  },
  {
    header: 'Proxy-Authenticate',
    applies: (ctx) => ctx.response.status === 407,
    severity: 'warning',
    detail:
      'A 407 must say how to authenticate to the proxy; check the proxy settings and credentials of your client or network.',
  },
  {
    header: 'Allow',
    applies: (ctx) => ctx.response.status === 405,
    severity: 'warning',
    detail:
      'A 405 must list the methods the URL accepts (RFC 9110 §15.5.6). Without it, check the API documentation for the right method.',
  },
  {
    header: 'Location',
    applies: (ctx) => REDIRECTS_NEEDING_LOCATION.has(ctx.response.status),
    severity: 'warning',
    detail:
      'This redirect does not say where to go, so no client can follow it. Often a misconfigured proxy or framework.',
  },
  {
    header: 'Location',
    applies: (ctx) => ctx.response.status === 201,
    severity: 'info',
    detail:
      'Without Location, the created resource is identified by the request URL itself, or by an id in the body.',
  },
  {
    header: 'Content-Range',
    applies: (ctx) =>
      ctx.response.status === 206 &&
      parseMediaType(getHeader(ctx.response.headers, 'content-type'))?.essence !== 'multipart/byteranges',
    severity: 'warning',
    detail:
      'A single-part 206 must say which bytes it holds; without it the part cannot be placed in the file.',
  },
  {
    header: 'Content-Range',
    applies: (ctx) => ctx.response.status === 416,
    severity: 'info',
    detail:
      'A 416 should give the current size as "bytes */size"; without it, re-fetch the whole resource to learn its size.',
  },
  {
    header: 'Retry-After',
    applies: (ctx) =>
      ctx.response.status === 429 &&
      !readRateLimits(ctx.response.headers, ctx.reference).some((r) => r.reset !== undefined),
    severity: 'info',
    detail:
      'Neither Retry-After nor a rate-limit reset says how long to wait: start the exponential backoff at 1 s and never retry immediately.',
  },
  {
    header: 'Retry-After',
    applies: (ctx) => ctx.response.status === 503,
    severity: 'info',
    detail: 'The server did not say when it will be back: retry with exponential backoff.',
  },
];

/** Headers the status calls for that the response lacks (401 without WWW-Authenticate, ...). */
export function findMissingHeaders(ctx: DiagnoseContext): Finding[] {
  const { headers, status } = ctx.response;
  return RULES.filter((r) => r.applies(ctx) && !hasHeader(headers, r.header)).map((r) => ({
    id: 'missing-header',
    severity: r.severity,
    title: `${status} without ${r.header}`,
    detail: r.detail,
    data: { header: r.header, status },
  }));
}
