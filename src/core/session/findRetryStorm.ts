import { formatDuration } from '../diagnose/formatDuration';
import type { Finding } from '../types';
import { describeRequest, groupBy, type SessionItem } from './sessionItems';

/** This many attempts of the same failing request (the first plus retries) make a storm. */
export const STORM_MIN_ATTEMPTS = 4;
/** A wait counts as grown when it is at least this much longer than the one before. */
const GROWTH_FACTOR = 1.3;

/** Runs of attempts in a row where every attempt but the last failed. */
function failureRuns(group: readonly SessionItem[]): SessionItem[][] {
  const runs: SessionItem[][] = [];
  let run: SessionItem[] = [];
  for (const item of group) {
    run.push(item);
    if (!item.failed) {
      runs.push(run);
      run = [];
    }
  }
  runs.push(run);
  return runs.filter((r) => r.length >= STORM_MIN_ATTEMPTS);
}

function gapsOf(run: readonly SessionItem[]): number[] | undefined {
  const gaps: number[] = [];
  for (let i = 1; i < run.length; i++) {
    const before = run[i - 1] as SessionItem;
    const after = run[i] as SessionItem;
    if (before.endMs === undefined || after.startMs === undefined) return undefined;
    gaps.push(Math.max(0, after.startMs - before.endMs));
  }
  return gaps;
}

/** Backing off: most waits longer than the one before by a clear margin. */
function grows(gaps: readonly number[]): boolean {
  let grown = 0;
  for (let i = 1; i < gaps.length; i++)
    if ((gaps[i] as number) >= (gaps[i - 1] as number) * GROWTH_FACTOR) grown++;
  return grown * 2 >= gaps.length - 1 && gaps.length > 1;
}

/** The same request repeated many times after failures, without the waits growing between attempts. */
export function findRetryStorm(items: readonly SessionItem[]): Finding[] {
  return groupBy(items, (item) => item.key).flatMap((group) =>
    failureRuns(group).flatMap((run): Finding[] => {
      const gaps = gapsOf(run);
      if (!gaps || grows(gaps)) return [];
      const first = run[0] as SessionItem;
      const statuses = [
        ...new Set(
          run.filter((i) => i.failed).map((i) => (i.status === 0 ? 'no response' : String(i.status))),
        ),
      ];
      const longest = Math.max(...gaps) / 1000;
      return [
        {
          id: 'retry-storm',
          severity: run.length >= 10 || statuses.includes('429') ? 'error' : 'warning',
          title: `${describeRequest(first)} was sent ${run.length} times without backing off`,
          detail: `The attempts failed with ${statuses.join(', ')} and were repeated after ${gaps.map((g) => formatDuration(g / 1000)).join(', ')}: the waits do not grow${longest < 1 ? ' and none reaches a second' : ''}. Retrying at a steady pace keeps a struggling or rate-limiting server overloaded and multiplies across clients. Back off exponentially with jitter (1 s, 2 s, 4 s... capped), honour Retry-After, and stop after a few attempts.`,
          data: { entries: run.map((i) => i.index), attempts: run.length, gapsMs: gaps.map(Math.round) },
        },
      ];
    }),
  );
}
