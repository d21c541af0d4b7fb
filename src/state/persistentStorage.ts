import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { openStateDatabase, type StateDatabase } from './stateDatabase';

/**
 * Where the user's inputs survive a reload. IndexedDB first: it holds tens of MB and stores the state
 * object as it is (no JSON.stringify of a 50 MB string on the main thread). localStorage is the
 * fallback where IndexedDB is missing (tests, some private modes); it holds a few MB at most.
 */

/** localStorage quotas are about 5 MB per origin (UTF-16), so larger states are kept for the session only. */
export const MAX_LOCAL_STORAGE_CHARS = 2_000_000;
/** Writes wait for typing to pause; a reload or tab switch flushes them at once. */
export const WRITE_DELAY_MS = 150;

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

function localStorageOrUndefined(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function readLocal(name: string): StorageValue<unknown> | null {
  const raw = localStorageOrUndefined()?.getItem(name);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as StorageValue<unknown>;
  } catch {
    return null;
  }
}

function writeLocal(name: string, value: StorageValue<unknown>): boolean {
  if (textSize(value) > MAX_LOCAL_STORAGE_CHARS) return false;
  try {
    localStorageOrUndefined()?.setItem(name, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
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

const pending = new Map<string, StorageValue<unknown>>();
let timer: ReturnType<typeof setTimeout> | undefined;
let database: Promise<StateDatabase | undefined> | undefined;

function stateDatabase(): Promise<StateDatabase | undefined> {
  database ??= openStateDatabase();
  return database;
}

async function flush(): Promise<void> {
  timer = undefined;
  const writes = [...pending];
  pending.clear();
  const db = await stateDatabase();
  for (const [name, value] of writes) {
    const saved = db ? await db.put(name, value) : writeLocal(name, value);
    report(!saved);
  }
}

function scheduleFlush(): void {
  if (timer === undefined) timer = setTimeout(() => void flush(), WRITE_DELAY_MS);
}

if (typeof window !== 'undefined') {
  const flushNow = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    void flush();
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
      // Without IndexedDB, read synchronously so the store hydrates before the first render.
      if (typeof indexedDB === 'undefined') return readLocal(name) as StorageValue<S> | null;
      return stateDatabase().then(async (db) => {
        const value = db ? await db.get(name) : readLocal(name);
        return (value as StorageValue<S> | null) ?? null;
      });
    },
    setItem: (name, value) => {
      pending.set(name, dataOnly(value as StorageValue<unknown>));
      scheduleFlush();
    },
    removeItem: async (name) => {
      pending.delete(name);
      const db = await stateDatabase();
      if (db) await db.remove(name);
      else localStorageOrUndefined()?.removeItem(name);
    },
  };
}
