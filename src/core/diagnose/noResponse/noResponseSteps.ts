import type { BackoffPlan, NextStep, ResponseVerdict } from '../../types';
import type { DiagnoseContext } from '../diagnoseContext';
import type { ConfirmStep } from './noResponseGuidance';
import { formatDuration } from '../formatDuration';
import { handlingSteps, step } from '../nextStep';

/** A check in words: the command (and what it shows), or where to look. */
export function confirmWords(step: ConfirmStep): string {
  if ('text' in step) return step.text.charAt(0).toLowerCase() + step.text.slice(1);
  return step.note ? `run \`${step.command}\` (${step.note})` : `run \`${step.command}\``;
}

/**
 * What to do about a request that got no response (its finding already says what happened): check the
 * likeliest culprit, confirm it with the command that shows it, then retry (with backoff) only when
 * the verdict says a retry can help.
 */
export function noResponseSteps(
  ctx: DiagnoseContext,
  verdict: ResponseVerdict,
  backoff: BackoffPlan | undefined,
): NextStep[] {
  const advice = ctx.noResponse;
  if (!advice) return handlingSteps(ctx.status.handling);
  const steps: NextStep[] = [];
  const [first, second] = advice.culprits;
  if (first)
    steps.push(
      step(
        'check-culprit',
        `Check the likeliest culprit first: ${first}${second ? `; then: ${second}` : ''}.`,
      ),
    );
  const [confirm, more] = advice.confirm.map(confirmWords);
  if (confirm) steps.push(step('confirm-cause', `Confirm it: ${confirm}${more ? `; or ${more}` : ''}.`));
  if (backoff) {
    const waits = backoff.steps.map((s) => formatDuration(s.baseDelayMs / 1000)).join(', ');
    steps.push(
      step(
        'retry',
        `${verdict.reason} Retry after ${waits}, each plus a little random jitter, then surface the error.`,
      ),
    );
  } else {
    steps.push(step('retry', verdict.reason));
  }
  return steps;
}
