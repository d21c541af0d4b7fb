import { getHeader } from '../http/headers';
import type { RetryVerdict } from '../types';
import type { DiagnoseContext } from './diagnoseContext';

/** What the body's own words say to do, when they name the cause. */
export type BodyAdviceKind =
  | 'retry-later'
  | 'user-agent'
  | 'token-expired'
  | 'insufficient-scope'
  | 'bad-credentials'
  | 'content-type'
  | 'csrf';

export interface BodyAdvice {
  kind: BodyAdviceKind;
  /** The verdict the words call for. */
  verdict: RetryVerdict;
  /** The body's message, whole. */
  quote: string;
  /** The step to take (the body itself is quoted by the step before it). */
  step: string;
}

interface AdviceRule {
  kind: BodyAdviceKind;
  verdict: RetryVerdict;
  pattern: RegExp;
  step: (ctx: DiagnoseContext) => string;
}

/**
 * Phrases APIs use to name the cause in an error body, most specific first: "secondary rate limit",
 * "make sure your request has a User-Agent header", "token expired", "insufficient scope"...
 */
const RULES: AdviceRule[] = [
  {
    kind: 'retry-later',
    verdict: 'with-backoff',
    pattern:
      /rate[- ]?limit|too many requests|slow down|try again (?:later|in \d)|retry (?:later|after|in \d)|throttl|quota (?:exceeded|exhausted|reached)|request limit|temporarily (?:unavailable|blocked|throttled|overloaded)|under maintenance|abuse detection/i,
    step: () =>
      'The body says the pace is the problem: wait, then repeat the same request; changing the request or the credentials will not help.',
  },
  {
    kind: 'user-agent',
    verdict: 'after-fix',
    pattern: /user[- ]agent/i,
    step: (ctx) => {
      const sent = ctx.request ? getHeader(ctx.request.headers, 'user-agent') : undefined;
      return `The body names the fix: send a User-Agent header that identifies your application, such as "User-Agent: my-app/1.0 (you@example.com)"${
        sent === undefined ? '' : `; the request sent "${sent}", which this API does not accept`
      }.`;
    },
  },
  {
    kind: 'insufficient-scope',
    verdict: 'after-fix',
    pattern:
      /insufficient[_ ]scope|missing (?:required )?scopes?|scopes? (?:required|missing|not granted)|requires? (?:the )?[\w"'`:./-]+ scopes?|not authori[sz]ed for (?:this )?scope|resource not accessible by (?:integration|personal access token)/i,
    step: () =>
      `The body says the token lacks a permission: request a token with the scope it names; refreshing the same grant gives the same token.`,
  },
  {
    kind: 'token-expired',
    verdict: 'after-fix',
    pattern:
      /(?:token|jwt|session|credentials?|signature)(?: has| is)? expired|expired (?:access )?token|token_expired|invalid_token/i,
    step: () =>
      `The body says the credentials expired: refresh the token (or sign in again), then repeat the request once with the new one.`,
  },
  {
    kind: 'bad-credentials',
    verdict: 'after-fix',
    pattern:
      /bad credentials|invalid (?:api[ _-]?key|credentials|client|token|access key)|api[ _-]?key (?:is )?(?:invalid|missing|not valid)|(?:no|missing) (?:api[ _-]?key|authori[sz]ation header)|authentication (?:failed|required)|not authenticated/i,
    step: () =>
      `The body says the credentials are wrong or missing: check which key or token the request sent, and for which environment it was issued.`,
  },
  {
    kind: 'content-type',
    verdict: 'after-fix',
    pattern:
      /content[- ]type\b.*\b(?:must|should|expected|unsupported|not supported|invalid)|unsupported media type|expected (?:application\/)?json|must be (?:application\/)?json/i,
    step: () =>
      `The body names the fix: send the Content-Type it asks for (usually "Content-Type: application/json") with a body in that format.`,
  },
  {
    kind: 'csrf',
    verdict: 'after-fix',
    pattern: /\b(?:csrf|xsrf)\b/i,
    step: () =>
      `The body says a CSRF check failed: send the CSRF token the page or cookie gives you, together with the session cookie.`,
  },
];

/**
 * What the error body's own words say to do, when they name the cause: that advice decides the
 * verdict and comes first in the next steps. Only failures (and error bodies on 2xx) are read.
 */
export function bodyAdvice(ctx: DiagnoseContext): BodyAdvice | undefined {
  const error = ctx.bodyError;
  if (!error) return undefined;
  const quote = error.message ?? error.problem?.detail ?? error.problem?.title;
  const words = [quote, error.code, error.reason, ...error.messages].filter(Boolean).join(' ');
  if (!quote || words === '') return undefined;
  for (const rule of RULES) {
    if (rule.pattern.test(words)) {
      return { kind: rule.kind, verdict: rule.verdict, quote, step: rule.step(ctx) };
    }
  }
  return undefined;
}
