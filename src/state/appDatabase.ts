/**
 * The app's one IndexedDB database: `state` keeps each screen's current input (large ones), `history`
 * the last pastes of each screen. One connection is shared and reopened on demand; it closes itself
 * when another tab deletes or upgrades the database, so "Forget all" is never blocked by a tab.
 */
export const DATABASE_NAME = 'triage';
export const STATE_STORE = 'state';
export const HISTORY_STORE = 'history';
const VERSION = 2;

let connection: Promise<IDBDatabase | undefined> | undefined;

/** A request's result as a promise. */
export function requestResult<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Resolves when the transaction commits (a write is on disk as far as the browser promises). */
export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
}

function open(): Promise<IDBDatabase | undefined> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(undefined);
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(DATABASE_NAME, VERSION);
    } catch {
      resolve(undefined);
      return;
    }
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STATE_STORE)) db.createObjectStore(STATE_STORE);
      if (!db.objectStoreNames.contains(HISTORY_STORE)) {
        db.createObjectStore(HISTORY_STORE, { keyPath: 'id' }).createIndex('screen', 'screen');
      }
    };
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => {
        db.close();
        connection = undefined;
      };
      db.onclose = () => {
        connection = undefined;
      };
      resolve(db);
    };
    req.onerror = () => resolve(undefined);
    req.onblocked = () => undefined;
  });
}

/** The shared connection; undefined where IndexedDB is missing or refuses to open (private modes). */
export function appDatabase(): Promise<IDBDatabase | undefined> {
  connection ??= open().then((db) => {
    if (!db) connection = undefined;
    return db;
  });
  return connection;
}

/** Deletes the whole database, every store and every record; resolves true once it is gone. */
export async function deleteAppDatabase(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return true;
  const db = await connection;
  db?.close();
  connection = undefined;
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(DATABASE_NAME);
    req.onsuccess = () => resolve(true);
    req.onerror = () => resolve(false);
  });
}
