import { getHeader, getHeaderValues } from '../http/headers';
import type { Header } from '../types';

/** What a cross-origin request needs the server to allow. */
export interface CorsNeed {
  origin: string;
  /** The method of the actual request. */
  method: string;
  /** Request header names the preflight asked for (lower case). */
  headers: string[];
  /** Sent with cookies (credentials: 'include'); undefined when the recording cannot tell. */
  credentials?: boolean;
}

export type CorsProblemKind =
  | 'preflight-status'
  | 'no-allow-origin'
  | 'several-origins'
  | 'origin-mismatch'
  | 'wildcard-with-credentials'
  | 'credentials-not-allowed'
  | 'method-not-allowed'
  | 'headers-not-allowed'
  | 'missing-vary-origin';

export interface CorsProblem {
  problem: CorsProblemKind;
  /** Whether the browser refuses because of it (false: a risk, not a refusal). */
  blocks: boolean;
  message: string;
  missing?: string[];
}

/** Methods and headers a browser sends cross-origin without asking (Fetch "CORS-safelisted"). */
const SAFELISTED_METHODS = new Set(['GET', 'HEAD', 'POST']);

function list(headers: readonly Header[], name: string): string[] {
  return getHeaderValues(headers, name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function originProblems(need: CorsNeed, headers: readonly Header[]): CorsProblem[] {
  const values = getHeaderValues(headers, 'access-control-allow-origin').map((v) => v.trim());
  const allowed = values[0];
  if (allowed === undefined)
    return [
      {
        problem: 'no-allow-origin',
        blocks: true,
        message: `The response has no Access-Control-Allow-Origin, so the browser hides it from the page at ${need.origin}.`,
      },
    ];
  if (values.length > 1 || allowed.includes(','))
    return [
      {
        problem: 'several-origins',
        blocks: true,
        message: `Access-Control-Allow-Origin must hold exactly one origin or *, not "${values.join(', ')}": browsers refuse a list. Echo the request's Origin after checking it against your allow-list.`,
      },
    ];
  const credentialsAllowed = getHeader(headers, 'access-control-allow-credentials')?.trim() === 'true';
  if (allowed === '*') {
    if (need.credentials !== true && credentialsAllowed)
      return [
        {
          problem: 'wildcard-with-credentials',
          blocks: true,
          message:
            "Access-Control-Allow-Origin is * together with Access-Control-Allow-Credentials: true, a pair that never works: a page that sends cookies or HTTP authentication (fetch's credentials: 'include', XHR's withCredentials) is refused, because browsers never accept * for credentialed requests; one that sends none has no use for Allow-Credentials. Echo the exact origin (with Vary: Origin) instead of *.",
        },
      ];
    return need.credentials
      ? [
          {
            problem: 'wildcard-with-credentials',
            blocks: true,
            message:
              'Access-Control-Allow-Origin is * but the request carries cookies: browsers refuse * for credentialed requests. Echo the exact origin and add Access-Control-Allow-Credentials: true.',
          },
        ]
      : [];
  }
  const problems: CorsProblem[] = [];
  if (allowed !== need.origin)
    problems.push({
      problem: 'origin-mismatch',
      blocks: true,
      message: `Access-Control-Allow-Origin allows ${allowed}, but the page is at ${need.origin} (scheme, host and port must all match).`,
    });
  else if (need.credentials && !credentialsAllowed)
    problems.push({
      problem: 'credentials-not-allowed',
      blocks: true,
      message:
        'The request carries cookies but the response lacks Access-Control-Allow-Credentials: true, so the browser refuses it.',
    });
  const vary = list(headers, 'vary').map((v) => v.toLowerCase());
  if (allowed === need.origin && !vary.includes('origin') && !vary.includes('*'))
    problems.push({
      problem: 'missing-vary-origin',
      blocks: false,
      message:
        'The allowed origin is echoed from the request but Vary does not list Origin: a cache between you and the server may hand this response to a page on another origin, which the browser then refuses. Add Vary: Origin.',
    });
  return problems;
}

/** Every allowed method, or "*" (which only counts without credentials). */
function methodProblem(need: CorsNeed, headers: readonly Header[]): CorsProblem | undefined {
  if (SAFELISTED_METHODS.has(need.method)) return undefined;
  const allowed = list(headers, 'access-control-allow-methods');
  if (allowed.includes(need.method)) return undefined;
  if (allowed.includes('*') && !need.credentials) return undefined;
  return {
    problem: 'method-not-allowed',
    blocks: true,
    message: `The preflight does not allow ${need.method}: Access-Control-Allow-Methods is ${allowed.length > 0 ? `"${allowed.join(', ')}"` : 'missing'}. Methods are matched case-sensitively.`,
    missing: [need.method],
  };
}

function headersProblem(need: CorsNeed, headers: readonly Header[]): CorsProblem | undefined {
  const allowed = new Set(list(headers, 'access-control-allow-headers').map((h) => h.toLowerCase()));
  const wildcard = allowed.has('*') && !need.credentials;
  // Authorization is never covered by * (Fetch standard): it must be listed by name.
  const missing = need.headers.filter((h) => !allowed.has(h) && !(wildcard && h !== 'authorization'));
  if (missing.length === 0) return undefined;
  return {
    problem: 'headers-not-allowed',
    blocks: true,
    message: `The preflight does not allow the request header${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: add ${missing.length > 1 ? 'them' : 'it'} to Access-Control-Allow-Headers${missing.includes('authorization') && allowed.has('*') ? ' (* never covers Authorization)' : ''}.`,
    missing,
  };
}

/**
 * What a browser makes of a CORS answer (Fetch standard): for a preflight the status, origin, method
 * and headers; for the actual response the origin and credentials. Problems that only risk a refusal
 * (a missing Vary: Origin) have `blocks: false`.
 */
export function checkCors(
  need: CorsNeed,
  response: { status: number; headers: readonly Header[] },
  preflight: boolean,
): CorsProblem[] {
  const problems: CorsProblem[] = [];
  if (preflight && (response.status < 200 || response.status > 299))
    problems.push({
      problem: 'preflight-status',
      blocks: true,
      message: `The preflight was answered ${response.status}; browsers need a 2xx (usually 204) before they send the actual request. The server probably does not route OPTIONS, or its authentication rejects it (preflights never carry credentials).`,
    });
  problems.push(...originProblems(need, response.headers));
  if (preflight) {
    const method = methodProblem(need, response.headers);
    if (method) problems.push(method);
    const requested = headersProblem(need, response.headers);
    if (requested) problems.push(requested);
  }
  return problems;
}

/** Header names an OPTIONS preflight asked to send (Access-Control-Request-Headers), lower case. */
export function requestedHeaders(headers: readonly Header[]): string[] {
  return list(headers, 'access-control-request-headers').map((h) => h.toLowerCase());
}
