import type { BackoffPlan, NextStep, ResponseVerdict } from '../../types';
import type { DiagnoseContext } from '../diagnoseContext';
import { formatDuration } from '../formatDuration';
import { handlingSteps, step } from '../nextStep';
import type { ConfirmStep } from './culprits';

function lowerFirst(text: string): string {
  return /^[A-Z](?:[a-z]|\s)/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** A check in words: the command (and what it shows), or where to look. */
export function confirmWords(check: ConfirmStep): string {
  if ('text' in check) return lowerFirst(check.text);
  return check.note ? `run \`${check.command}\` (${check.note})` : `run \`${check.command}\``;
}

/** The retry the verdict allows, as the schedule to follow (the verdict itself says why). */
function retryStep(verdict: ResponseVerdict, backoff: BackoffPlan, method: string | undefined): NextStep {
  const waits = backoff.steps.map((s) => formatDuration(s.baseDelayMs / 1000)).join(', ');
  const first = backoff.steps[0];
  const jitter = first ? ` each plus ${first.jitterMinMs}–${first.jitterMaxMs} ms of jitter,` : '';
  const check =
    verdict.verdict === 'after-verify'
      ? `Before repeating the ${method ?? 'request'}, check whether it took effect; if it did not, retry`
      : 'Retry';
  return step(
    'retry',
    `${check} after ${waits},${jitter} at most ${backoff.maxAttempts} times, then surface the error.`,
  );
}

/**
 * What to do about a request that got no response. The finding already lists the culprits and the
 * checks, and the verdict says whether a retry can help: the steps add what neither says, the
 * likeliest culprit paired with the check that confirms it, and the retry schedule when one helps.
 */
export function noResponseSteps(
  ctx: DiagnoseContext,
  verdict: ResponseVerdict,
  backoff: BackoffPlan | undefined,
): NextStep[] {
  const advice = ctx.noResponse;
  if (!advice) return handlingSteps(ctx.status.handling);
  const steps: NextStep[] = [];
  const [first] = advice.likely;
  if (first) {
    const check = first.checks[0];
    steps.push(
      step(
        'check-culprit',
        `Check the likeliest culprit first, ${lowerFirst(first.text)}${check ? `: ${confirmWords(check)}` : ''}.`,
      ),
    );
  }
  if (backoff) steps.push(retryStep(verdict, backoff, ctx.request?.method ?? advice.error.method));
  return steps;
}
