import type { BackoffPlan, Finding } from '../types';
import type { DiagnoseContext } from './diagnoseContext';
import { dataOf, num, text } from './findingData';
import { formatDuration, formatInstant } from './formatDuration';

/** 429 and 5xx steps: the exact wait, the backoff, what to log, and when to alert. */

/** Request headers that carry credentials and must be redacted from logs. */
const CREDENTIAL_HEADER =
  /^(authorization|proxy-authorization|cookie|x-api-key|api-key|apikey|.*token.*|.*secret.*|.*api[-_]?key.*|.*session.*)$/i;

export function waitStep(
  ctx: DiagnoseContext,
  findings: readonly Finding[],
  backoff: BackoffPlan | undefined,
): string[] {
  const retryAfter = dataOf(findings, 'retry-after');
  const rate = dataOf(findings, 'rate-limit');
  const wait = num(retryAfter, 'waitSeconds');
  const resetSeconds = rate?.['exhausted'] === true ? num(rate, 'resetSeconds') : undefined;
  const steps: string[] = [];
  const floor = Math.max(wait ?? 0, resetSeconds ?? 0);
  if (wait !== undefined || resetSeconds !== undefined) {
    const at = new Date(ctx.reference.getTime() + floor * 1000);
    const source = (resetSeconds ?? -1) > (wait ?? -1) ? 'the rate-limit reset' : 'Retry-After';
    steps.push(
      `Wait ${formatDuration(floor)} (until ${formatInstant(at, ctx.reference)}, from ${source}) before the next attempt; retrying sooner only fails again.`,
    );
  } else if (ctx.response.status === 429) {
    steps.push(
      'The response does not say how long to wait: never retry immediately; start the backoff at 1 s.',
    );
  }
  if (backoff) {
    steps.push(
      `Then retry with exponential backoff: ${backoff.steps.map((s) => formatDuration(s.baseDelayMs / 1000)).join(', ')}, each plus ${backoff.steps[0]?.jitterMinMs ?? 0}–${backoff.steps[0]?.jitterMaxMs ?? 0} ms of jitter, at most ${backoff.maxAttempts} times, then surface the error.`,
    );
  }
  if (ctx.response.status === 429 || rate?.['exhausted'] === true) {
    const limit = num(rate, 'limit');
    steps.push(
      `Throttle on your side${limit !== undefined ? ` to stay under ${limit} requests per window` : ''}: queue requests instead of sending bursts.`,
    );
  }
  return steps;
}

function credentialHeaders(ctx: DiagnoseContext): string[] {
  const names = ctx.request?.headers.map((h) => h.name).filter((n) => CREDENTIAL_HEADER.test(n)) ?? [];
  return [...new Set(names)];
}

export function serverErrorSteps(
  ctx: DiagnoseContext,
  findings: readonly Finding[],
  backoff: BackoffPlan | undefined,
): string[] {
  const steps = ["Check the API's status page first: a known incident means waiting, not debugging."];
  const secrets = credentialHeaders(ctx);
  steps.push(
    `If it reports healthy, log the failure with its context: method, URL, request headers without credentials (Authorization, Cookie, API keys${
      secrets.length > 0 ? `; in this request: ${secrets.join(', ')}` : ''
    }), the request body and the response body.`,
  );
  const notIdempotent = dataOf(findings, 'not-idempotent');
  if (notIdempotent && notIdempotent['idempotencyKey'] === undefined) {
    steps.push(
      `Before repeating the ${text(notIdempotent, 'method') ?? 'request'}, check whether it took effect; add an Idempotency-Key header so future retries cannot duplicate it.`,
    );
  } else if (notIdempotent) {
    steps.push(
      `Retry with the same ${text(notIdempotent, 'keyHeader') ?? 'Idempotency-Key'}: the API can then run it at most once.`,
    );
  } else if (ctx.status.retry.verdict === 'after-verify') {
    steps.push(
      'The first attempt may have been processed: verify before retrying, and use idempotency keys where the API supports them.',
    );
  }
  steps.push(...waitStep(ctx, findings, backoff).filter((s) => !s.startsWith('Throttle')));
  if (!backoff && ctx.status.retry.verdict === 'never')
    steps.push('Retrying will not help with this status: report it to the API provider.');
  steps.push(
    'Alert when the 5xx rate stays above a threshold, and never swallow 5xx errors silently: a hidden 1% failure rate is still felt by users.',
  );
  return steps;
}
