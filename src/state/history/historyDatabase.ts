import type { HistoryScreen } from '../../workers/protocol';
import { appDatabase, HISTORY_STORE, requestResult, transactionDone } from '../appDatabase';

export type { HistoryScreen };

/** One kept paste (a pair of them on Compare), exactly as the user left it. */
export interface HistoryEntry {
  id: string;
  screen: HistoryScreen;
  /** What the paste was, without secrets (src/core/history/historyTitle.ts). */
  title: string;
  /** Where it came from, when not typed or pasted: a file name or an example. */
  source?: string;
  createdAt: number;
  updatedAt: number;
  /** One text (Diagnose, JSON) or the two sides A and B (Compare). */
  texts: string[];
  /** Compare: the names of the two sides. */
  names?: { a: string; b: string };
  /** Characters in all texts. */
  size: number;
}

/** The screen's entries, most recently used first; [] without IndexedDB. */
export async function listHistory(screen: HistoryScreen): Promise<HistoryEntry[]> {
  const db = await appDatabase();
  if (!db) return [];
  try {
    const index = db.transaction(HISTORY_STORE, 'readonly').objectStore(HISTORY_STORE).index('screen');
    const entries = (await requestResult(index.getAll(screen))) as HistoryEntry[];
    return entries.sort((a, b) => b.updatedAt - a.updatedAt);
  } catch {
    return [];
  }
}

/** Saves an entry and drops the screen's oldest beyond `keep`; false when the browser refused. */
export async function putHistory(entry: HistoryEntry, keep: number): Promise<boolean> {
  const db = await appDatabase();
  if (!db) return false;
  try {
    const tx = db.transaction(HISTORY_STORE, 'readwrite');
    const store = tx.objectStore(HISTORY_STORE);
    store.put(entry);
    const entries = (await requestResult(store.index('screen').getAll(entry.screen))) as HistoryEntry[];
    entries.sort((a, b) => b.updatedAt - a.updatedAt);
    for (const old of entries.slice(keep)) store.delete(old.id);
    await transactionDone(tx);
    return true;
  } catch {
    return false;
  }
}

/** Erases one entry. */
export async function removeHistory(id: string): Promise<void> {
  const db = await appDatabase();
  if (!db) return;
  try {
    const tx = db.transaction(HISTORY_STORE, 'readwrite');
    tx.objectStore(HISTORY_STORE).delete(id);
    await transactionDone(tx);
  } catch {
    // Already gone.
  }
}
