import { createJSONStorage, type StateStorage } from 'zustand/middleware';

/** Browsers keep about 5 MB per origin in localStorage; larger inputs are kept for the session only. */
export const MAX_PERSISTED_CHARS = 2_000_000;

type Listener = (tooLarge: boolean) => void;
const listeners = new Set<Listener>();

/** Tells the UI when an input was too large to survive a reload. */
export function onPersistenceChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const guardedLocalStorage: StateStorage = {
  getItem: (name) => {
    try {
      return globalThis.localStorage?.getItem(name) ?? null;
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    let tooLarge = value.length > MAX_PERSISTED_CHARS;
    if (!tooLarge) {
      try {
        globalThis.localStorage?.setItem(name, value);
      } catch {
        tooLarge = true;
      }
    }
    for (const listener of listeners) listener(tooLarge);
  },
  removeItem: (name) => {
    try {
      globalThis.localStorage?.removeItem(name);
    } catch {
      // Storage unavailable (private mode): nothing to remove.
    }
  },
};

/** localStorage that never throws: quota errors and oversized inputs are reported, not fatal. */
export const persistentStorage = createJSONStorage(() => guardedLocalStorage);
