import { isIdempotentMethod, mayApplyTwice } from '../http/methods';
import type { Finding, ResponseVerdict, RetryVerdict } from '../types';
import type { BodyAdvice } from './bodyAdvice';
import type { DiagnoseContext } from './diagnoseContext';
import { findingOf, isRateLimited } from './findingData';
import { formatDuration } from './formatDuration';
import { noResponseVerdict } from './noResponse/findNoResponse';

/** The wait the response asks for: Retry-After wins over a rate-limit reset (as the RateLimit draft says). */
export interface ServerWait {
  seconds: number;
  source: 'Retry-After' | 'the rate-limit reset';
  /** The moment had already passed when the response was sent. */
  passed: boolean;
}

export function serverWait(findings: readonly Finding[]): ServerWait | undefined {
  const retryAfter = findingOf(findings, 'retry-after')?.data;
  if (retryAfter && 'waitSeconds' in retryAfter) {
    return { seconds: retryAfter.waitSeconds, source: 'Retry-After', passed: retryAfter.passed };
  }
  const rate = findingOf(findings, 'rate-limit')?.data;
  const reset = rate?.exhausted ? rate.resetSeconds : undefined;
  return reset === undefined
    ? undefined
    : { seconds: reset, source: 'the rate-limit reset', passed: rate?.resetPassed === true };
}

/** True when the response says the failure is about pace, not content: retry after the wait. */
export function isPaceFailure(
  ctx: DiagnoseContext,
  findings: readonly Finding[],
  advice?: BodyAdvice,
): boolean {
  const { status } = ctx.response;
  if (status === 429) return true;
  if (status < 400 || status >= 500) return false;
  const exhausted = isRateLimited(findings);
  return exhausted || advice?.kind === 'retry-later';
}

function waitWords(wait: ServerWait | undefined): string {
  if (!wait) return '';
  if (wait.passed || wait.seconds === 0)
    return ` ${capitalise(wait.source)} has already passed, so the first retry may go now.`;
  return ` Wait ${formatDuration(wait.seconds)} first (${wait.source}).`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function paceReason(ctx: DiagnoseContext, findings: readonly Finding[], advice?: BodyAdvice): string {
  const { status } = ctx.response;
  if (status === 429) return ctx.status.retry.explanation;
  const exhausted = isRateLimited(findings);
  const evidence = exhausted
    ? 'the rate-limit headers show the quota is used up'
    : `the body says so (“${advice?.quote ?? ''}”)`;
  return `This ${status} is about pace, not permissions or content: ${evidence}. The same request passes once the limit allows it.`;
}

/** The verdict's reason when the body's words name the cause, by what they name. */
const ADVICE_REASON: Partial<Record<BodyAdvice['kind'], (quote: string) => string>> = {
  'token-expired': (quote) =>
    `The credentials expired (the body says “${quote}”): get a new token, then send the request again with it.`,
  'insufficient-scope': (quote) =>
    `The token lacks a permission (the body says “${quote}”): get a token with that scope, then send the request again.`,
  'bad-credentials': (quote) =>
    `The credentials are wrong or missing (the body says “${quote}”): send the right ones, then try again.`,
};

/** Statuses that say the request was not processed (RFC 9110 §15.5.20, RFC 8470 §5.2). */
const NOT_PROCESSED = new Set([421, 425]);

/** 5xx and 408-style verdicts, made exact when the method is known. */
function byMethod(
  ctx: DiagnoseContext,
  findings: readonly Finding[],
  verdict: RetryVerdict,
  reason: string,
): { verdict: RetryVerdict; reason: string } {
  if (verdict !== 'with-backoff' && verdict !== 'after-verify') return { verdict, reason };
  // 421 and 425: the server says it did not process the request, so any method may be repeated.
  if (NOT_PROCESSED.has(ctx.response.status)) return { verdict, reason };
  const notIdempotent = findingOf(findings, 'not-idempotent')?.data;
  const method = ctx.request?.method.toUpperCase();
  if (notIdempotent && notIdempotent.idempotencyKey === undefined) {
    return {
      verdict: 'after-verify',
      reason: `A ${ctx.response.status} does not say whether the ${method ?? 'request'} took effect: check before repeating it, or a retry may do the work twice.`,
    };
  }
  if (notIdempotent) {
    return {
      verdict: 'with-backoff',
      reason: `The ${method ?? 'request'} carried ${notIdempotent.keyHeader ?? 'an idempotency key'}: repeat it with the same key and the API runs it at most once.`,
    };
  }
  if (verdict === 'after-verify' && method !== undefined && isIdempotentMethod(method)) {
    return {
      verdict: 'with-backoff',
      reason: `${method} is idempotent (RFC 9110 §9.2.2), so repeating it is safe: retry with backoff.`,
    };
  }
  return { verdict, reason };
}

/** What sending a write again would do after these successes; other 2xx say nothing about a repeat. */
const REPEAT_EFFECT: Readonly<Record<number, string>> = {
  200: 'apply it twice',
  201: 'create another',
  202: 'queue a second job',
};

/**
 * Nothing failed: when the method is known, say whether a repeat would matter, for that method only
 * (RFC 9110 §9.2.2). A GET answered 201 by an echo server created nothing a repeat could duplicate.
 */
function successReason(ctx: DiagnoseContext, reason: string): string {
  const method = ctx.request?.method.toUpperCase();
  const { code, known } = ctx.status;
  const effect = REPEAT_EFFECT[code] ?? (known ? undefined : 'apply it twice');
  if (method === undefined || effect === undefined) return reason;
  const what =
    code === 201
      ? 'Nothing failed: the resource was created.'
      : code === 202
        ? 'Nothing failed: the work was accepted; its outcome comes later.'
        : 'Nothing failed.';
  return mayApplyTwice(method) ? `${what} Sending the ${method} again would ${effect}.` : what;
}

/**
 * The verdict for THIS response: the status's rule, overruled by what the response itself says. An
 * exhausted quota or a body asking to retry later makes a 4xx retryable after the wait; the body's
 * own words name the fix; the method decides whether a 5xx may be repeated blindly; a 2xx whose body
 * reports an error is a failure. The wait is Retry-After's, else the exhausted quota's reset.
 */
export function responseVerdict(
  ctx: DiagnoseContext,
  findings: readonly Finding[],
  advice: BodyAdvice | undefined,
): ResponseVerdict {
  if (ctx.response.status === 0) return noResponseVerdict(ctx);
  const { status } = ctx.response;
  const wait = serverWait(findings);
  let verdict: RetryVerdict = ctx.status.retry.verdict;
  let reason = ctx.status.retry.explanation;
  const cors = findings.find((f) => f.id === 'cors' && f.severity === 'error');
  if (cors && cors.id === 'cors') {
    return {
      verdict: 'after-fix',
      reason: cors.data.preflight
        ? 'The browser refuses this preflight, so the actual request is never sent: repeating it gets the same refusal until the server’s CORS headers change.'
        : 'The browser refuses this response, so the page sees a network error whatever the status: repeating it changes nothing until the server’s CORS headers change.',
    };
  }
  const loop = findingOf(findings, 'redirect-loop');
  if (loop) {
    return {
      verdict: 'after-fix',
      reason: `A redirect loop is a failure: following it again loops again. Fix the redirect rules (or the cookie the login needs) first.`,
    };
  }
  if (isPaceFailure(ctx, findings, advice)) {
    verdict = 'with-backoff';
    reason = paceReason(ctx, findings, advice);
  } else if (status >= 200 && status < 300 && ctx.bodyError) {
    verdict = 'after-fix';
    reason =
      'The status says success, but the body reports an error: treat it as a failure, and repeat the request only once the body says what to change.';
  } else if (ctx.status.category === 'success' && verdict === 'not-applicable') {
    reason = successReason(ctx, reason);
  } else if (advice && advice.verdict === 'after-fix' && (verdict === 'never' || verdict === 'after-fix')) {
    verdict = 'after-fix';
    reason =
      ADVICE_REASON[advice.kind]?.(advice.quote) ??
      `The body says what is wrong (“${advice.quote}”): change that, then send the request again.`;
  }
  ({ verdict, reason } = byMethod(ctx, findings, verdict, reason));
  const retryable = verdict === 'with-backoff' || verdict === 'after-verify';
  if (!retryable || !wait) return { verdict, reason };
  return { verdict, waitSeconds: wait.passed ? 0 : wait.seconds, reason: `${reason}${waitWords(wait)}` };
}
