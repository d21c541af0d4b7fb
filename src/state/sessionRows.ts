import type { SessionEntry } from '../core';
import type { SessionFilter, SessionSort } from './sessionViewStore';

function passes(entry: SessionEntry, filter: SessionFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'failures':
      return entry.failed;
    case 'no-response':
      return entry.status === 0;
    case 'flagged':
      return entry.findings.length > 0 || entry.severity === 'error' || entry.severity === 'warning';
    default:
      return Math.floor(entry.status / 100) === Number(filter[0]);
  }
}

function matches(entry: SessionEntry, query: string): boolean {
  if (query === '') return true;
  const haystack = `${entry.method} ${entry.url} ${entry.status === 0 ? 'no response' : entry.status} ${entry.reason} ${entry.headline} ${entry.noResponse?.message ?? ''}`;
  return haystack.toLowerCase().includes(query);
}

type Compare = (a: SessionEntry, b: SessionEntry) => number;

const SORTS: Record<SessionSort['key'], Compare> = {
  index: (a, b) => a.index - b.index,
  method: (a, b) => a.method.localeCompare(b.method),
  url: (a, b) => `${a.host}${a.path}`.localeCompare(`${b.host}${b.path}`),
  status: (a, b) => a.status - b.status,
  duration: (a, b) => (a.durationMs ?? -1) - (b.durationMs ?? -1),
  size: (a, b) => a.size - b.size,
  headline: (a, b) => a.headline.localeCompare(b.headline),
};

/**
 * The rows the session table lists: filtered by kind, text and the focused finding's entries, then
 * sorted (ties keep recording order, whichever the direction).
 */
export function sessionRows(
  entries: readonly SessionEntry[],
  view: { filter: SessionFilter; query: string; sort: SessionSort; focus?: { entries: number[] } },
): SessionEntry[] {
  const query = view.query.trim().toLowerCase();
  const focus = view.focus ? new Set(view.focus.entries) : undefined;
  const rows = entries.filter(
    (e) => (!focus || focus.has(e.index)) && passes(e, view.filter) && matches(e, query),
  );
  const compare = SORTS[view.sort.key];
  const direction = view.sort.descending ? -1 : 1;
  return rows.sort((a, b) => direction * compare(a, b) || a.index - b.index);
}
