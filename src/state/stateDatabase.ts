/** A tiny promise wrapper over one IndexedDB object store that keeps the app's persisted state. */
export interface StateDatabase {
  get(name: string): Promise<unknown>;
  /** Resolves false when the browser refused the write (quota, private mode). */
  put(name: string, value: unknown): Promise<boolean>;
  remove(name: string): Promise<void>;
}

const DATABASE_NAME = 'triage';
const STORE_NAME = 'state';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Opens (or creates) the database; undefined where IndexedDB is missing or refuses to open. */
export async function openStateDatabase(): Promise<StateDatabase | undefined> {
  if (typeof indexedDB === 'undefined') return undefined;
  let db: IDBDatabase;
  try {
    const open = indexedDB.open(DATABASE_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE_NAME);
    db = await request(open);
  } catch {
    return undefined;
  }
  const store = (mode: IDBTransactionMode) => db.transaction(STORE_NAME, mode).objectStore(STORE_NAME);
  return {
    get: async (name) => {
      try {
        return await request(store('readonly').get(name));
      } catch {
        return undefined;
      }
    },
    put: async (name, value) => {
      try {
        await request(store('readwrite').put(value, name));
        return true;
      } catch {
        return false;
      }
    },
    remove: async (name) => {
      try {
        await request(store('readwrite').delete(name));
      } catch {
        // Nothing to remove.
      }
    },
  };
}
