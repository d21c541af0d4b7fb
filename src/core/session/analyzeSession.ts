import { entriesOf } from '../diagnose/findingData';
import { sortFindings } from '../diagnose/diagnose';
import { runFinderSafely } from '../diagnose/runFinderSafely';
import type { Finding, ParsedInput, SessionAnalysis } from '../types';
import { findExpiredTokens } from './findExpiredTokens';
import { findMixedContent } from './findMixedContent';
import { findPreflightFailures } from './findPreflightFailures';
import { findRedirects } from './findRedirects';
import { findRetryStorm } from './findRetryStorm';
import { findRetryTooSoon } from './findRetryTooSoon';
import { findSharedFailure } from './findSharedFailure';
import { findSlowRequests } from './findSlowRequests';
import { sessionItems, type SessionItem } from './sessionItems';
import { toSessionEntry } from './toSessionEntry';

type SessionFinder = (items: readonly SessionItem[]) => Finding[];

/** In the order their findings read best when severities tie. */
const FINDERS: SessionFinder[] = [
  findExpiredTokens,
  findPreflightFailures,
  findRedirects,
  findSharedFailure,
  findRetryTooSoon,
  findRetryStorm,
  findMixedContent,
  findSlowRequests,
];

/**
 * A recording (HAR file, redirect chain, pipelined responses) as a session: one row per exchange with
 * its diagnosis headline, and the findings only a sequence reveals (retries, expiring tokens, failed
 * preflights, redirect loops, one error across many endpoints, ...). `now` stands in for the clock
 * when responses carry no Date and the recording no start times.
 */
export function analyzeSession(parsed: ParsedInput, options: { now?: Date } = {}): SessionAnalysis {
  const items = sessionItems(parsed, options.now ?? new Date());
  const findings = sortFindings(
    FINDERS.flatMap((finder) => runFinderSafely(finder, items, 'this recording')),
  );
  const named = new Map<number, string[]>();
  for (const finding of findings)
    for (const index of entriesOf(finding)) {
      const ids = named.get(index);
      if (ids) ids.push(finding.id);
      else named.set(index, [finding.id]);
    }
  const starts = items.map((i) => i.startMs).filter((ms): ms is number => ms !== undefined);
  const ends = items.map((i) => i.endMs).filter((ms): ms is number => ms !== undefined);
  // reduce, not Math.min(...): a spread of 100 000 arguments overflows the stack.
  const first = starts.length > 0 ? starts.reduce((a, b) => Math.min(a, b)) : undefined;
  const last = ends.length > 0 ? ends.reduce((a, b) => Math.max(a, b)) : undefined;
  const entries = items.map((item) => toSessionEntry(item, first, [...new Set(named.get(item.index) ?? [])]));
  return {
    entries,
    failedCount: entries.filter((entry) => entry.failed).length,
    findings,
    ...(first !== undefined && { startedDateTime: new Date(first).toISOString() }),
    ...(first !== undefined && last !== undefined && { spanMs: last - first }),
  };
}
