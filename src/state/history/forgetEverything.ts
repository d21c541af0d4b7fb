import { create } from 'zustand';
import { deleteAppDatabase } from '../appDatabase';
import { discardPendingWrites, removeSavedState } from '../persistentStorage';
import { keepsPastes, useSettingsStore } from '../settingsStore';
import { historyActions } from './historyStore';
import { HISTORY_SCREENS, SCREEN_INPUTS } from './screenInputs';

/** localStorage keys that hold no pasted text and survive "Forget all". */
const SETTINGS_KEYS = new Set(['triage.settings']);
/** The app's own files (src/sw/serviceWorker.ts): never text, kept so the app still opens offline. */
const APP_CACHE_PREFIX = 'triage-app-';
/** zustand stores that keep an input, by their storage key. */
const INPUT_STORAGE_KEYS = ['triage.diagnose', 'triage.json', 'triage.compare'];

/** Bumped by "Forget all": the app remounts its editors, so no undo stack keeps the erased text. */
export const useForgetGeneration = create<{ generation: number }>()(() => ({ generation: 0 }));

function appStorageKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith('triage.') && !SETTINGS_KEYS.has(key)) keys.push(key);
  }
  return keys;
}

async function deleteTextCaches(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const names = await caches.keys();
  await Promise.all(names.filter((n) => !n.startsWith(APP_CACHE_PREFIX)).map((n) => caches.delete(n)));
}

/**
 * "Forget all": every paste and every history entry of every screen is erased from this browser —
 * the inputs in memory, localStorage, the whole IndexedDB database and any cache that is not the
 * app's own files. Settings (theme, "Don't keep pastes") stay. Resolves when the erasure is done.
 */
export async function forgetEverything(): Promise<void> {
  historyActions.resetForForgetAll();
  for (const screen of HISTORY_SCREENS) SCREEN_INPUTS[screen].clear();
  discardPendingWrites();
  for (const storage of [globalThis.localStorage, globalThis.sessionStorage]) {
    if (storage) for (const key of appStorageKeys(storage)) storage.removeItem(key);
  }
  await deleteAppDatabase();
  await deleteTextCaches();
  historyActions.resetForForgetAll();
  useForgetGeneration.setState((s) => ({ generation: s.generation + 1 }));
}

/** Erases the saved copies of the current inputs (the screens keep showing them until a reload). */
async function eraseSavedInputs(): Promise<void> {
  discardPendingWrites();
  await Promise.all(INPUT_STORAGE_KEYS.map(removeSavedState));
}

/**
 * Applies "Don't keep pastes" as it changes: on, nothing more is written and the saved inputs are
 * erased; off, the inputs are saved again. The app calls it once at start.
 */
export function watchKeepPastes(): () => void {
  return useSettingsStore.subscribe((state, previous) => {
    if (state.keepPastes === previous.keepPastes) return;
    if (!keepsPastes()) {
      historyActions.cancelPending();
      void eraseSavedInputs();
    } else {
      historyActions.saveNow();
      for (const screen of HISTORY_SCREENS) SCREEN_INPUTS[screen].rewrite();
    }
  });
}
