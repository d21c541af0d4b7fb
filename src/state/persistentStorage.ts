import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { keepsPastes } from './settingsStore';
import { openStateDatabase, type StateDatabase } from './stateDatabase';

/**
 * Where the user's inputs survive a reload. Small states go to localStorage at once, synchronously,
 * so a reload right after an edit never loses it. Large states go to IndexedDB, which holds tens of MB
 * and stores the object as it is (no JSON.stringify of a 50 MB string on the main thread), once typing
 * pauses, in parts a task apart so that no task copies megabytes (stateDatabase.ts). Each copy carries the time it was saved, and the newer one wins when both exist.
 * With the "Don't keep pastes" setting nothing is written at all.
 */

/** States up to this many characters are written to localStorage synchronously, on every change. */
export const SYNC_WRITE_MAX_CHARS = 500_000;
/** localStorage quotas are about 5 MB per origin (UTF-16): without IndexedDB, larger states are not kept. */
export const MAX_LOCAL_STORAGE_CHARS = 2_000_000;
/** Large writes wait for typing to pause; a reload or tab switch flushes them at once. */
export const WRITE_DELAY_MS = 150;

type Saved = StorageValue<unknown> & { savedAt?: number };
type Listener = (tooLarge: boolean) => void;
const listeners = new Set<Listener>();

/** Tells the UI when an input could not be saved and will not survive a reload. */
export function onPersistenceChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function report(tooLarge: boolean): void {
  for (const listener of listeners) listener(tooLarge);
}

/** Characters of text in a state, counted without serialising it. */
function textSize(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (typeof value !== 'object' || value === null) return 8;
  let size = 0;
  for (const item of Object.values(value)) size += textSize(item);
  return size;
}

/**
 * The persisted copy of a store: its data without its actions. zustand hands over the whole state,
 * and IndexedDB's structured clone refuses functions where JSON.stringify silently dropped them.
 */
export function dataOnly(value: StorageValue<unknown>): StorageValue<unknown> {
  const state = value.state;
  if (typeof state !== 'object' || state === null) return value;
  const data = Object.fromEntries(Object.entries(state).filter(([, v]) => typeof v !== 'function'));
  return { ...value, state: data };
}

function localStorageOrUndefined(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function readLocal(name: string): Saved | null {
  const raw = localStorageOrUndefined()?.getItem(name);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Saved;
  } catch {
    return null;
  }
}

function writeLocal(name: string, value: Saved): boolean {
  try {
    localStorageOrUndefined()?.setItem(name, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

function newer(a: Saved | null, b: Saved | null): Saved | null {
  if (!a) return b;
  if (!b) return a;
  return (b.savedAt ?? 0) > (a.savedAt ?? 0) ? b : a;
}

const hasIndexedDb = (): boolean => typeof indexedDB !== 'undefined';
const pending = new Map<string, Saved>();
let timer: ReturnType<typeof setTimeout> | undefined;
let database: Promise<StateDatabase | undefined> | undefined;

function stateDatabase(): Promise<StateDatabase | undefined> {
  database ??= openStateDatabase();
  return database;
}

/** Large writes in progress: written in parts a task apart (stateDatabase.ts), so not yet on disk. */
const writing = new Map<string, Saved>();

/**
 * Writes the pending states. `whole` writes each in one task: when the page is hidden or closed no
 * later task may come, so a write in parts in progress is done again at once, whole.
 */
async function flush(whole = false): Promise<void> {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  // The latest state of each store (a pending one replaces one being written).
  const writes = new Map([...(whole ? writing : []), ...pending]);
  pending.clear();
  const db = await stateDatabase();
  // Started together, in this task: IndexedDB runs them one after the other, in this order.
  await Promise.all(
    [...writes].map(async ([name, value]) => {
      if (db) writing.set(name, value);
      const saved = db
        ? await db.put(name, value, { whole })
        : textSize(value) <= MAX_LOCAL_STORAGE_CHARS && writeLocal(name, value);
      if (writing.get(name) === value) writing.delete(name);
      report(!saved);
    }),
  );
}

if (typeof window !== 'undefined') {
  const flushNow = () => {
    if (timer === undefined && writing.size === 0) return;
    void flush(true);
  };
  window.addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushNow();
  });
}

/** The zustand persist storage shared by every store that keeps the user's inputs. */
export function createPersistentStorage<S>(): PersistStorage<S> {
  return {
    getItem: (name) => {
      const local = readLocal(name);
      // Without IndexedDB, answer synchronously so the store hydrates before the first render.
      if (!hasIndexedDb()) return local as StorageValue<S> | null;
      return stateDatabase().then(async (db) => {
        const stored = db ? ((await db.get(name)) as Saved | undefined) : undefined;
        return newer(local, stored ?? null) as StorageValue<S> | null;
      });
    },
    setItem: (name, value) => {
      if (!keepsPastes()) {
        pending.delete(name);
        return;
      }
      const saved: Saved = { ...dataOnly(value as StorageValue<unknown>), savedAt: Date.now() };
      if (textSize(saved) <= SYNC_WRITE_MAX_CHARS) {
        pending.delete(name);
        report(!writeLocal(name, saved));
        return;
      }
      pending.set(name, saved);
      timer ??= setTimeout(() => void flush(), WRITE_DELAY_MS);
    },
    removeItem: removeSavedState,
  };
}

/** Erases a store's saved copy everywhere it may be: a pending write, localStorage and IndexedDB. */
export async function removeSavedState(name: string): Promise<void> {
  pending.delete(name);
  writing.delete(name);
  localStorageOrUndefined()?.removeItem(name);
  const db = hasIndexedDb() ? await stateDatabase() : undefined;
  if (db) await db.remove(name);
}

/** Drops every write still waiting for typing to pause (before everything is erased). */
export function discardPendingWrites(): void {
  pending.clear();
  writing.clear();
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
}
