import { useDeferredValue, useEffect, useMemo } from 'react';
import type { HistoryEntry, HistoryScreen } from './historyDatabase';
import { historyActions, useHistoryStore } from './historyStore';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Entries whose title, source or text contains the query (any case); all of them for a blank query. */
export function searchHistory(entries: readonly HistoryEntry[], query: string): HistoryEntry[] {
  const q = query.trim();
  if (q === '') return [...entries];
  const pattern = new RegExp(escapeRegExp(q), 'i');
  return entries.filter(
    (e) => pattern.test(e.title) || pattern.test(e.source ?? '') || e.texts.some((t) => pattern.test(t)),
  );
}

/** A screen's history, read from the database on first use, filtered by a (deferred) query. */
export function useHistoryEntries(screen: HistoryScreen, query = ''): HistoryEntry[] | undefined {
  const entries = useHistoryStore((s) => s.entries[screen]);
  useEffect(() => {
    if (entries === undefined) void historyActions.load(screen);
  }, [entries, screen]);
  const deferred = useDeferredValue(query);
  return useMemo(() => (entries ? searchHistory(entries, deferred) : undefined), [entries, deferred]);
}
