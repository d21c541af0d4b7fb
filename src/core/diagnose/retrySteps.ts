import type { BackoffPlan, Finding, NextStep, ResponseVerdict } from '../types';
import type { DiagnoseContext } from './diagnoseContext';
import { findingOf } from './findingData';
import { step } from './nextStep';
import { formatDuration, formatInstant } from './formatDuration';
import { serverWait } from './responseVerdict';

/** 429 and 5xx steps: the exact wait, the backoff, what to log, and when to alert. */

/** Request headers that carry credentials and must be redacted from logs. */
const CREDENTIAL_HEADER =
  /^(authorization|proxy-authorization|cookie|x-api-key|api-key|apikey|.*token.*|.*secret.*|.*api[-_]?key.*|.*session.*)$/i;

/** The backoff waits that follow the server's own wait, in words. */
function fallbackWords(backoff: BackoffPlan): string {
  const series = backoff.steps.filter((step) => step.source !== 'server');
  const jitter = `${backoff.steps[0]?.jitterMinMs ?? 0}–${backoff.steps[0]?.jitterMaxMs ?? 0} ms`;
  return `${series.map((step) => formatDuration(step.baseDelayMs / 1000)).join(', ')}, each plus ${jitter} of jitter`;
}

/**
 * The exact wait the response asks for (Retry-After wins over a rate-limit reset), then the backoff
 * for the attempts after it, and, for a pace failure, throttling on the client's side.
 */
export function waitStep(
  ctx: DiagnoseContext,
  findings: readonly Finding[],
  backoff: BackoffPlan | undefined,
  pace: boolean,
): NextStep[] {
  const wait = serverWait(findings);
  const rate = findingOf(findings, 'rate-limit')?.data;
  const steps: NextStep[] = [];
  if (wait && (wait.passed || wait.seconds === 0)) {
    steps.push(
      step(
        'wait',
        `${wait.source === 'Retry-After' ? 'Retry-After' : 'The rate-limit reset'} has already passed: the next attempt may go now.`,
      ),
    );
  } else if (wait) {
    const at = new Date(ctx.reference.getTime() + wait.seconds * 1000);
    steps.push(
      step(
        'wait',
        `Wait ${formatDuration(wait.seconds)} (until ${formatInstant(at, ctx.reference)}, from ${wait.source}) before the next attempt; retrying sooner only fails again.`,
      ),
    );
  } else if (pace) {
    steps.push(
      step(
        'wait',
        'The response does not say how long to wait: never retry immediately; start the backoff at 1 s.',
      ),
    );
  }
  if (backoff) {
    steps.push(
      step(
        'backoff',
        wait
          ? `If that attempt fails too and its response names no wait, ${wait.seconds >= 1 && !wait.passed ? 'never wait less than the server asked' : 'back off'}: ${fallbackWords(backoff)}, at most ${backoff.maxAttempts} attempts in all, then surface the error.`
          : `Then retry with exponential backoff: ${fallbackWords(backoff)}, at most ${backoff.maxAttempts} times, then surface the error.`,
      ),
    );
  }
  if (pace) {
    const limit = rate?.exhausted ? rate.limit : undefined;
    const unit = rate?.unitWords ?? 'requests';
    steps.push(
      step(
        'throttle',
        `Throttle on your side${limit !== undefined ? ` to stay under ${limit} ${unit} per window` : ''}: queue requests instead of sending bursts.`,
      ),
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
  verdict: ResponseVerdict,
  backoff: BackoffPlan | undefined,
): NextStep[] {
  const steps = [
    step('status-page', "Check the API's status page first: a known incident means waiting, not debugging."),
  ];
  const secrets = credentialHeaders(ctx);
  steps.push(
    step(
      'log-failure',
      `If it reports healthy, log the failure with its context: method, URL, request headers without credentials (Authorization, Cookie, API keys${
        secrets.length > 0 ? `; in this request: ${secrets.join(', ')}` : ''
      }), the request body and the response body.`,
    ),
  );
  const notIdempotent = findingOf(findings, 'not-idempotent')?.data;
  if (notIdempotent && notIdempotent.idempotencyKey === undefined) {
    steps.push(
      step(
        'idempotency',
        `Before repeating the ${notIdempotent.method}, check whether it took effect; add an Idempotency-Key header so future retries cannot duplicate it.`,
      ),
    );
  } else if (notIdempotent) {
    steps.push(
      step(
        'idempotency',
        `Retry with the same ${notIdempotent.keyHeader ?? 'Idempotency-Key'}: the API can then run it at most once.`,
      ),
    );
  } else if (verdict.verdict === 'after-verify') {
    steps.push(
      step(
        'idempotency',
        'The first attempt may have been processed: verify before retrying, and use idempotency keys where the API supports them.',
      ),
    );
  }
  steps.push(...waitStep(ctx, findings, backoff, false));
  if (!backoff && verdict.verdict === 'never')
    steps.push(step('report', 'Retrying will not help with this status: report it to the API provider.'));
  steps.push(
    step(
      'alert',
      'Alert when the 5xx rate stays above a threshold, and never swallow 5xx errors silently: a hidden 1% failure rate is still felt by users.',
    ),
  );
  return steps;
}
