import type { BackoffPlan, BackoffStep, RetryVerdict } from '../types';
import { formatDuration } from './formatDuration';

/** The first wait without a server-given floor: 1 s, then doubling (2, 4, 8 s...). */
export const BASE_DELAY_MS = 1000;
/** Random jitter added to every wait so clients that failed together do not retry together. */
export const JITTER_MIN_MS = 100;
export const JITTER_MAX_MS = 500;
/** The longest wait the doubling reaches by itself; a longer wait the server asked for is kept as is. */
export const MAX_BACKOFF_MS = 10 * 60 * 1000;
/** Retries before giving up and surfacing the error. */
export const DEFAULT_MAX_ATTEMPTS = 5;

export interface BackoffInput {
  verdict: RetryVerdict;
  /** The wait the server asked for before the first retry (Retry-After, or an exhausted quota's reset), in seconds. */
  floorSeconds?: number;
  /** Where the floor comes from, in words ("Retry-After", "the rate-limit reset"). */
  floorSource?: string;
  maxAttempts?: number;
}

function capitalise(s: string): string {
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}

function fallbackSeries(): string {
  return [0, 1, 2].map((k) => formatDuration((BASE_DELAY_MS * 2 ** k) / 1000)).join(', ');
}

/**
 * The retry schedule for a retryable verdict. When the server named a wait (Retry-After, a quota's
 * reset), the first retry waits exactly that; after it, no wait is ever shorter: the waits double from
 * the server's (30 s → 1 min, 2 min…), capped at MAX_BACKOFF_MS or the server's wait if longer. A
 * quota that refused the first try is unlikely to pass a second one 1 s later. Without a server wait
 * (or when it has already passed), the waits start at 1 s and double (1, 2, 4, 8 s...). Each wait gets
 * 100–500 ms of random jitter, for at most `maxAttempts` retries. Undefined when retrying cannot help
 * (the request must change first, or nothing failed).
 */
export function backoffPlan(input: BackoffInput): BackoffPlan | undefined {
  const { verdict, floorSeconds, floorSource = 'the server' } = input;
  if (verdict !== 'with-backoff' && verdict !== 'after-verify') return undefined;
  const maxAttempts = Math.max(1, Math.floor(input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS));
  const floor =
    floorSeconds !== undefined && Number.isFinite(floorSeconds) && floorSeconds >= 0
      ? floorSeconds
      : undefined;
  const floorMs = floor === undefined ? undefined : Math.ceil(floor * 1000);
  /** The wait of retry `i` (0-based) after the server's: doubling from it, or from 1 s when it was shorter. */
  const afterServer = (i: number, serverMs: number): number =>
    serverMs >= BASE_DELAY_MS
      ? Math.min(Math.max(serverMs, MAX_BACKOFF_MS), serverMs * 2 ** i)
      : BASE_DELAY_MS * 2 ** (i - 1);
  const steps: BackoffStep[] = Array.from({ length: maxAttempts }, (_, i) => {
    const fromServer = floorMs !== undefined && i === 0;
    return {
      attempt: i + 1,
      baseDelayMs:
        floorMs === undefined ? BASE_DELAY_MS * 2 ** i : fromServer ? floorMs : afterServer(i, floorMs),
      jitterMinMs: JITTER_MIN_MS,
      jitterMaxMs: JITTER_MAX_MS,
      source: fromServer ? 'server' : 'backoff',
    };
  });
  const rules: string[] = [];
  if (verdict === 'after-verify') {
    rules.push(
      'Before the first retry, check whether the failed request took effect (fetch the resource, look for the order or payment); retry only if it did not, or with the same Idempotency-Key.',
    );
  }
  if (floor === undefined) {
    rules.push(
      `Wait ${formatDuration(BASE_DELAY_MS / 1000)} before the first retry, then double the wait each time (${fallbackSeries()}…).`,
    );
  } else {
    rules.push(
      floor === 0
        ? `${capitalise(floorSource)} has already passed: the first retry may go now.`
        : `${capitalise(floorSource)} asks for ${formatDuration(floor)}: wait that long before the first retry.`,
    );
    rules.push(
      floorMs !== undefined && floorMs >= MAX_BACKOFF_MS
        ? `If that retry fails too and its response names no wait, wait ${formatDuration(floor)} again between tries: never less than the server asked.`
        : floorMs !== undefined && floorMs >= BASE_DELAY_MS
          ? `If that retry fails too and its response names no wait, never wait less than the server asked: double from ${formatDuration(floor)} (${[1, 2, 3].map((i) => formatDuration(afterServer(i, floorMs) / 1000)).join(', ')}…), up to ${formatDuration(Math.max(floorMs, MAX_BACKOFF_MS) / 1000)} between tries.`
          : `If that retry fails too and its response names no wait, back off from ${formatDuration(BASE_DELAY_MS / 1000)} and double each time (${fallbackSeries()}…).`,
    );
  }
  rules.push('Whenever a response carries its own Retry-After or rate-limit reset, wait that long instead.');
  rules.push(
    `Add a random ${JITTER_MIN_MS}–${JITTER_MAX_MS} ms to every wait so clients that failed together do not retry in lockstep.`,
  );
  rules.push(
    `Stop after ${maxAttempts} ${maxAttempts === 1 ? 'retry' : 'retries'} and surface the error to the user and the logs; never retry immediately or forever.`,
  );
  return { ...(floor !== undefined && { floorSeconds: floor }), maxAttempts, steps, rules };
}
