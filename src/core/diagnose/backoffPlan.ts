import type { BackoffPlan, BackoffStep, RetryVerdict } from '../types';
import { formatDuration } from './formatDuration';

/** The first wait without a server-given floor: 1 s, then doubling (2, 4, 8 s...). */
export const BASE_DELAY_MS = 1000;
/** Random jitter added to every wait so clients that failed together do not retry together. */
export const JITTER_MIN_MS = 100;
export const JITTER_MAX_MS = 500;
/** Retries before giving up and surfacing the error. */
export const DEFAULT_MAX_ATTEMPTS = 5;

export interface BackoffInput {
  verdict: RetryVerdict;
  /** Minimum first wait the server asked for (Retry-After, or an exhausted quota's reset), in seconds. */
  floorSeconds?: number;
  /** Where the floor comes from, in words ("Retry-After", "the rate-limit reset"). */
  floorSource?: string;
  /** True when an exhausted rate limit explains the failure even though the status alone would not retry. */
  rateLimited?: boolean;
  maxAttempts?: number;
}

/**
 * The retry schedule: the first wait is max(floor, 1 s) and each following wait doubles the previous
 * one, each plus 100–500 ms of random jitter, for at most `maxAttempts` retries. Undefined when
 * retrying cannot help (the request must change first, or nothing failed).
 */
export function backoffPlan(input: BackoffInput): BackoffPlan | undefined {
  const { verdict, floorSeconds, floorSource = 'the server', rateLimited = false } = input;
  const retryable = verdict === 'with-backoff' || verdict === 'after-verify' || rateLimited;
  if (!retryable) return undefined;
  const maxAttempts = Math.max(1, Math.floor(input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS));
  const floor =
    floorSeconds !== undefined && Number.isFinite(floorSeconds) && floorSeconds > 0
      ? floorSeconds
      : undefined;
  const firstMs = Math.max(BASE_DELAY_MS, Math.ceil((floor ?? 0) * 1000));
  const steps: BackoffStep[] = Array.from({ length: maxAttempts }, (_, i) => ({
    attempt: i + 1,
    baseDelayMs: firstMs * 2 ** i,
    jitterMinMs: JITTER_MIN_MS,
    jitterMaxMs: JITTER_MAX_MS,
  }));
  const rules: string[] = [];
  if (verdict === 'after-verify') {
    rules.push(
      'Before the first retry, check whether the failed request took effect (fetch the resource, look for the order or payment); retry only if it did not, or with the same Idempotency-Key.',
    );
  }
  rules.push(
    floor !== undefined
      ? `${floorSource.charAt(0).toUpperCase()}${floorSource.slice(1)} asked for at least ${formatDuration(floor)}, so the first wait is ${formatDuration(firstMs / 1000)}; each later wait doubles the previous one.`
      : `Wait ${formatDuration(BASE_DELAY_MS / 1000)} before the first retry, then double the wait each time (${[
          1, 2, 3,
        ]
          .map((k) => formatDuration((BASE_DELAY_MS * 2 ** k) / 1000))
          .join(', ')}…).`,
  );
  rules.push(
    'If a later response carries its own Retry-After or rate-limit reset, wait at least that long instead.',
  );
  rules.push(
    `Add a random ${JITTER_MIN_MS}–${JITTER_MAX_MS} ms to every wait so clients that failed together do not retry in lockstep.`,
  );
  rules.push(
    `Stop after ${maxAttempts} ${maxAttempts === 1 ? 'retry' : 'retries'} and surface the error to the user and the logs; never retry immediately or forever.`,
  );
  return { ...(floor !== undefined && { floorSeconds: floor }), maxAttempts, steps, rules };
}
