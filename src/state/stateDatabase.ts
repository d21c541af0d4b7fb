import { appDatabase, requestResult, STATE_STORE, transactionDone } from './appDatabase';

/**
 * A tiny promise wrapper over the object store that keeps the app's persisted state.
 *
 * IndexedDB copies a value (a structured clone) on the main thread, in the task that calls put(): a
 * 50 MB paste took one 130–270 ms task. So the long strings of a state are written in parts of
 * PART_CHARS characters, one put per task (each next put starts from the previous one's success), in
 * one transaction: the page stays responsive and the write is still all or nothing. Slicing a string
 * copies nothing; only put() does, a part at a time. `put(…, { whole: true })` writes in one task,
 * for the moment the page is being hidden or closed, when no later task may come.
 *
 * Parts are records keyed [name, string number, part number] beside the state's own record, which
 * holds a marker in each long string's place.
 */

/** Longer strings are written in parts of this many characters (a few milliseconds to copy each). */
export const PART_CHARS = 1_000_000;

/** Stands in a saved state for a string written in parts. */
interface PartsMarker {
  triageTextParts: number;
  parts: number;
}

export interface StateDatabase {
  get(name: string): Promise<unknown>;
  /**
   * Resolves false when the browser refused the write (quota, private mode). With `whole`, writes in
   * parts still in progress are abandoned first (they would hold this write back until they end).
   */
  put(name: string, value: unknown, options?: { whole?: boolean }): Promise<boolean>;
  remove(name: string): Promise<void>;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

const isMarker = (value: unknown): value is PartsMarker =>
  isPlainObject(value) && typeof value.triageTextParts === 'number' && typeof value.parts === 'number';

/** Every part record of a state: [name, ...] keys (arrays sort after strings, so [name] to [name, []]). */
const partsOf = (name: string): IDBKeyRange => IDBKeyRange.bound([name], [name, []]);

/** The state with each long string replaced by a marker, and the parts to write for them. */
function splitLongStrings(value: unknown, name: string): { record: unknown; parts: [IDBValidKey, string][] } {
  const parts: [IDBValidKey, string][] = [];
  let strings = 0;
  const split = (item: unknown): unknown => {
    if (typeof item === 'string' && item.length > PART_CHARS) {
      const id = strings++;
      let count = 0;
      for (let start = 0; start < item.length; start += PART_CHARS)
        parts.push([[name, id, count++], item.slice(start, start + PART_CHARS)]);
      return { triageTextParts: id, parts: count } satisfies PartsMarker;
    }
    if (Array.isArray(item)) return item.map(split);
    if (isPlainObject(item)) return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, split(v)]));
    return item;
  };
  return { record: split(value), parts };
}

/** The state with its long strings joined back from their parts; undefined when a part is missing. */
function joinLongStrings(record: unknown, parts: Map<string, string>): unknown {
  const join = (item: unknown): unknown => {
    if (isMarker(item)) {
      const pieces: string[] = [];
      for (let i = 0; i < item.parts; i++) {
        const piece = parts.get(`${item.triageTextParts}/${i}`);
        if (piece === undefined) throw new Error('a part of the saved text is missing');
        pieces.push(piece);
      }
      return pieces.join('');
    }
    if (Array.isArray(item)) return item.map(join);
    if (isPlainObject(item)) return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, join(v)]));
    return item;
  };
  try {
    return join(record);
  } catch {
    return undefined;
  }
}

/** Puts the records one after the other, each from the previous one's success (a task apart). */
function putInTurn(store: IDBObjectStore, records: [IDBValidKey, unknown][]): void {
  const next = (index: number): void => {
    const entry = records[index];
    if (!entry) return;
    const request = store.put(entry[1], entry[0]);
    request.onsuccess = () => next(index + 1);
  };
  next(0);
}

/** The state store; undefined where IndexedDB is missing or refuses to open. */
export async function openStateDatabase(): Promise<StateDatabase | undefined> {
  const db = await appDatabase();
  if (!db) return undefined;
  const transaction = async (mode: IDBTransactionMode): Promise<IDBTransaction> => {
    const open = await appDatabase();
    if (!open) throw new Error('IndexedDB is unavailable');
    return open.transaction(STATE_STORE, mode);
  };
  /** Writes in parts under way, which a whole write abandons, and those it abandoned. */
  const inParts = new Set<IDBTransaction>();
  const abandoned = new Set<IDBTransaction>();
  return {
    get: async (name) => {
      try {
        const tx = await transaction('readonly');
        const store = tx.objectStore(STATE_STORE);
        const record = await requestResult(store.get(name));
        if (record === undefined) return undefined;
        const [keys, values] = await Promise.all([
          requestResult(store.getAllKeys(partsOf(name))),
          requestResult(store.getAll(partsOf(name))),
        ]);
        const parts = new Map<string, string>();
        keys.forEach((key, i) => {
          const [, id, part] = key as [string, number, number];
          parts.set(`${id}/${part}`, values[i] as string);
        });
        return joinLongStrings(record, parts);
      } catch {
        return undefined;
      }
    },
    put: async (name, value, options = {}) => {
      let tx: IDBTransaction | undefined;
      try {
        if (options.whole)
          for (const writing of inParts) {
            abandoned.add(writing);
            try {
              writing.abort();
            } catch {
              // It has just finished.
            }
          }
        tx = await transaction('readwrite');
        const store = tx.objectStore(STATE_STORE);
        store.delete(partsOf(name));
        if (options.whole) store.put(value, name);
        else {
          const { record, parts } = splitLongStrings(value, name);
          inParts.add(tx);
          putInTurn(store, [...parts, [name, record]]);
        }
        await transactionDone(tx);
        return true;
      } catch {
        // A write in parts abandoned for a whole one is not a failure: the whole one reports.
        return tx !== undefined && abandoned.has(tx);
      } finally {
        if (tx) {
          inParts.delete(tx);
          abandoned.delete(tx);
        }
      }
    },
    remove: async (name) => {
      try {
        const tx = await transaction('readwrite');
        const store = tx.objectStore(STATE_STORE);
        store.delete(name);
        store.delete(partsOf(name));
        await transactionDone(tx);
      } catch {
        // Nothing to remove.
      }
    },
  };
}
