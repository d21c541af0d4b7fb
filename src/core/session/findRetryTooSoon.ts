import { findingOf, isRateLimited, retryAfterSeconds } from '../diagnose/findingData';
import { formatDuration } from '../diagnose/formatDuration';
import type { Finding } from '../types';
import { describeRequest, groupBy, type SessionItem } from './sessionItems';

/** Waits this much shorter than asked still count as honoured (clock and recording granularity). */
const TOLERANCE_SECONDS = 0.5;

/** The wait the answer asked for before repeating: Retry-After, else an exhausted limit's reset. */
function requiredWait(item: SessionItem): number | undefined {
  const { findings } = item.diagnosis;
  const retryAfter = retryAfterSeconds(findings);
  const reset = isRateLimited(findings) ? findingOf(findings, 'rate-limit')?.data.resetSeconds : undefined;
  if (retryAfter === undefined && reset === undefined) return undefined;
  return Math.max(retryAfter ?? 0, reset ?? 0);
}

interface Violation {
  from: SessionItem;
  to: SessionItem;
  required: number;
  actual: number;
}

function violations(group: readonly SessionItem[]): Violation[] {
  const out: Violation[] = [];
  for (let i = 1; i < group.length; i++) {
    const from = group[i - 1] as SessionItem;
    const to = group[i] as SessionItem;
    const required = from.failed ? requiredWait(from) : undefined;
    if (required === undefined || from.endMs === undefined || to.startMs === undefined) continue;
    const actual = Math.max(0, (to.startMs - from.endMs) / 1000);
    if (actual + TOLERANCE_SECONDS < required) out.push({ from, to, required, actual });
  }
  return out;
}

/** A request repeated before the Retry-After or rate-limit reset of the answer before it had passed. */
export function findRetryTooSoon(items: readonly SessionItem[]): Finding[] {
  return groupBy(items, (item) => item.key).flatMap((group): Finding[] => {
    const found = violations(group);
    const first = found[0];
    if (!first) return [];
    const entries = [...new Set(found.flatMap((v) => [v.from.index, v.to.index]))].sort((a, b) => a - b);
    const worst = found.reduce((a, b) => (b.required - b.actual > a.required - a.actual ? b : a));
    return [
      {
        id: 'retry-too-soon',
        severity: 'warning',
        title: `${describeRequest(first.from)} was retried before the server said to`,
        detail: `Entry ${first.from.index + 1} answered ${first.from.status} and asked for a wait of ${formatDuration(first.required)}; entry ${first.to.index + 1} repeated the request after ${formatDuration(first.actual)}.${found.length > 1 ? ` That happened ${found.length} times; the shortest wait was ${formatDuration(worst.actual)} of ${formatDuration(worst.required)} required.` : ''} Early retries are refused again and can extend a rate-limit penalty: wait at least the Retry-After (or until the reset) before repeating.`,
        data: {
          entries,
          requiredSeconds: first.required,
          actualSeconds: Number(first.actual.toFixed(3)),
          violations: found.length,
        },
      },
    ];
  });
}
