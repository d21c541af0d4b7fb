import type { Finding, RateLimitData } from '../types';
import type { DiagnoseContext } from './diagnoseContext';
import { formatDuration, formatInstant } from './formatDuration';
import { RESET_INTERPRETATION_WORDS } from './interpretReset';
import { readRateLimits, type QuotaUnit, type RateLimitReading } from './readRateLimits';
import { getHeaderValues } from '../http/headers';

/** Below this share of the quota left, the next burst of requests is likely to hit the limit. */
export const LOW_REMAINING_RATIO = 0.1;
/** Quotas listed in the finding (its detail and data); responses describe a handful, more are counted. */
export const MAX_LISTED_POLICIES = 20;

function isExhausted(r: RateLimitReading): boolean {
  return r.remaining !== undefined && r.remaining <= 0;
}

function ratio(r: RateLimitReading): number {
  if (r.remaining === undefined) return Number.POSITIVE_INFINITY;
  return r.limit ? r.remaining / r.limit : r.remaining;
}

/**
 * The quota that matters: an exhausted one (the one resetting last, since all must reset before the
 * next request can pass), otherwise the one with the smallest share left.
 */
export function pickRateLimit(readings: readonly RateLimitReading[]): RateLimitReading | undefined {
  const exhausted = readings.filter(isExhausted);
  if (exhausted.length > 0) {
    return exhausted.reduce((a, b) => ((b.reset?.seconds ?? -1) > (a.reset?.seconds ?? -1) ? b : a));
  }
  return readings.reduce<RateLimitReading | undefined>(
    (a, b) => (a === undefined || ratio(b) < ratio(a) ? b : a),
    undefined,
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A quota counted in its unit (the IETF draft's `qu`): requests, bytes of content, concurrent requests. */
function counted(n: number, unit: QuotaUnit = 'requests'): string {
  if (unit === 'content-bytes') return `${n} byte${n === 1 ? '' : 's'} of content`;
  if (unit === 'concurrent-requests') return plural(n, 'concurrent request');
  return plural(n, 'request');
}

/** What the quota counts, in words, for sentences such as "stay under 100 requests per window". */
export function unitWords(unit: QuotaUnit = 'requests'): string {
  return unit === 'content-bytes'
    ? 'bytes of content'
    : unit === 'concurrent-requests'
      ? 'concurrent requests'
      : 'requests';
}

/** "0 of 100 requests left (per 60 s); resets in 30 s at 12:00:30 UTC" */
export function describeQuota(r: RateLimitReading, reference: Date): string {
  let text =
    r.remaining !== undefined && r.limit !== undefined
      ? `${r.remaining} of ${counted(r.limit, r.unit)} left`
      : r.remaining !== undefined
        ? `${counted(r.remaining, r.unit)} left`
        : r.limit !== undefined
          ? `a limit of ${counted(r.limit, r.unit)}`
          : r.used !== undefined
            ? `${counted(r.used, r.unit)} used`
            : 'a rate limit';
  if (r.windowSeconds !== undefined) text += ` per ${formatDuration(r.windowSeconds)}`;
  if (r.policy) text += ` (${r.policy})`;
  if (r.reset?.passed)
    text += `; its reset time (${formatInstant(r.reset.at, reference)}) has already passed`;
  else if (r.reset)
    text += `; resets in ${formatDuration(r.reset.seconds)} at ${formatInstant(r.reset.at, reference)}`;
  return text;
}

function interpretationSentence(
  r: RateLimitReading,
  referenceSource: DiagnoseContext['referenceSource'],
): string | undefined {
  if (!r.reset || r.resetValue === undefined || !r.resetHeader) return undefined;
  const read = `${r.resetHeader} "${r.resetValue.trim()}" was read as ${RESET_INTERPRETATION_WORDS[r.reset.interpretation]}.`;
  if (!r.reset.passed) return read;
  const clock =
    referenceSource === 'date-header'
      ? "the response's Date header"
      : "this computer's clock (the response has no Date header)";
  return `${read} That moment is in the past by ${clock}, so the quota should have been refilled since.`;
}

/**
 * Rate-limit headers in every common form, whatever the status: GitHub answers an exhausted quota
 * with 403, and a 200 with nothing left predicts the next failure.
 */
export function findRateLimit(ctx: DiagnoseContext): Finding[] {
  const readings = readRateLimits(ctx.response.headers, ctx.reference);
  const chosen = pickRateLimit(readings);
  if (!chosen) return [];
  const { status } = ctx.response;
  const exhausted = isExhausted(chosen);
  const quota = describeQuota(chosen, ctx.reference);
  const parts = [`${quota.charAt(0).toUpperCase()}${quota.slice(1)} (${chosen.source}).`];
  const interpretation = interpretationSentence(chosen, ctx.referenceSource);
  if (interpretation) parts.push(interpretation);
  const retryAfter = getHeaderValues(ctx.response.headers, 'retry-after').length > 0;
  const waitFor = retryAfter
    ? 'wait as Retry-After says (it takes precedence over the reset)'
    : 'wait for the reset';
  if (exhausted && status === 403) {
    parts.push(
      `This 403 comes from the exhausted quota, not from missing permissions: ${waitFor} instead of changing credentials.`,
    );
  } else if (exhausted && status < 400) {
    parts.push(
      'This request went through but used the last of the quota: the next ones will be refused until the reset.',
    );
  } else if (exhausted && chosen.reset?.passed) {
    parts.push(
      'Its reset time has passed, so the quota should be available again: the next request may go now.',
    );
  } else if (exhausted) {
    parts.push(
      retryAfter
        ? 'No request will pass before the limit allows it: Retry-After says when, and it takes precedence over the reset.'
        : 'No request will pass before the reset: waiting for it is the minimum, retrying sooner only burns attempts.',
    );
  }
  const low = !exhausted && chosen.limit !== undefined && ratio(chosen) <= LOW_REMAINING_RATIO;
  if (low) parts.push('Less than a tenth of the quota is left: slow down before it runs out.');
  const others = readings.filter((r) => r !== chosen);
  if (others.length > 0) {
    const listed = others.slice(0, MAX_LISTED_POLICIES - 1).map((r) => describeQuota(r, ctx.reference));
    const more = others.length - listed.length;
    parts.push(`Other quotas: ${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`);
  }
  const data: RateLimitData = {
    exhausted,
    source: chosen.source,
    ...(chosen.remaining !== undefined && { remaining: chosen.remaining }),
    ...(chosen.limit !== undefined && { limit: chosen.limit }),
    ...(chosen.used !== undefined && { used: chosen.used }),
    ...(chosen.reset && {
      resetAt: chosen.reset.at.toISOString(),
      resetSeconds: chosen.reset.seconds,
      resetInterpretation: chosen.reset.interpretation,
      resetPassed: chosen.reset.passed,
    }),
    ...(chosen.unit !== undefined && { unit: chosen.unit }),
    unitWords: unitWords(chosen.unit),
    ...(chosen.policy !== undefined && { policy: chosen.policy }),
    ...(chosen.windowSeconds !== undefined && { windowSeconds: chosen.windowSeconds }),
  };
  if (readings.length > 1) {
    data.policies = readings.slice(0, MAX_LISTED_POLICIES).map((r) => ({
      source: r.source,
      policy: r.policy,
      remaining: r.remaining,
      limit: r.limit,
      resetSeconds: r.reset?.seconds,
      windowSeconds: r.windowSeconds,
    }));
  }
  return [
    {
      id: 'rate-limit',
      severity: exhausted ? (status >= 400 ? 'error' : 'warning') : low ? 'warning' : 'info',
      title: exhausted ? 'Rate limit exhausted' : `Rate limit: ${quota.split(';')[0]}`,
      detail: parts.join(' '),
      data,
    },
  ];
}
