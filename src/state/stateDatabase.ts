import { appDatabase, requestResult, STATE_STORE } from './appDatabase';

/** A tiny promise wrapper over the object store that keeps the app's persisted state. */
export interface StateDatabase {
  get(name: string): Promise<unknown>;
  /** Resolves false when the browser refused the write (quota, private mode). */
  put(name: string, value: unknown): Promise<boolean>;
  remove(name: string): Promise<void>;
}

async function store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
  const db = await appDatabase();
  if (!db) throw new Error('IndexedDB is unavailable');
  return db.transaction(STATE_STORE, mode).objectStore(STATE_STORE);
}

/** The state store; undefined where IndexedDB is missing or refuses to open. */
export async function openStateDatabase(): Promise<StateDatabase | undefined> {
  if (!(await appDatabase())) return undefined;
  return {
    get: async (name) => {
      try {
        return await requestResult((await store('readonly')).get(name));
      } catch {
        return undefined;
      }
    },
    put: async (name, value) => {
      try {
        await requestResult((await store('readwrite')).put(value, name));
        return true;
      } catch {
        return false;
      }
    },
    remove: async (name) => {
      try {
        await requestResult((await store('readwrite')).delete(name));
      } catch {
        // Nothing to remove.
      }
    },
  };
}
