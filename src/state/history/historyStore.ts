import { create } from 'zustand';
import { CoreLane, SupersededError } from '../../workers/coreClient';
import { createCoreWorkerFactory } from '../../workers/createCoreWorker';
import { keepsPastes } from '../settingsStore';
import {
  listHistory,
  putHistory,
  removeHistory,
  type HistoryEntry,
  type HistoryScreen,
} from './historyDatabase';
import { isNewDocument } from './isNewDocument';
import { HISTORY_SCREENS, SCREEN_INPUTS } from './screenInputs';

/** Entries kept per screen; the least recently used go first. */
export const HISTORY_MAX_ENTRIES = 30;
/** Larger inputs are not copied into the history (the current input itself is still kept). */
export const HISTORY_MAX_ENTRY_CHARS = 5_000_000;
/** An entry is written once the input has not changed for this long. */
export const HISTORY_SAVE_DELAY_MS = 700;

type PerScreen<T> = Record<HistoryScreen, T>;

interface HistoryState {
  /** Each screen's entries, most recent first; undefined until first read. */
  entries: PerScreen<HistoryEntry[] | undefined>;
  /** The entry the screen's current input is (edits update it). */
  current: PerScreen<string | undefined>;
  /** The current input is too large to copy into the history. */
  tooLarge: PerScreen<boolean>;
}

const perScreen = <T>(value: T): PerScreen<T> => ({ diagnose: value, json: value, compare: value });

export const useHistoryStore = create<HistoryState>()(() => ({
  entries: perScreen(undefined),
  current: perScreen(undefined),
  tooLarge: perScreen(false),
}));

const set = <K extends keyof HistoryState>(
  key: K,
  screen: HistoryScreen,
  value: HistoryState[K][HistoryScreen],
) => useHistoryStore.setState((s) => ({ [key]: { ...s[key], [screen]: value } }));

/** Where the next saved entry starts a new one, and what it came from (a file, an example). */
const startNew: Partial<PerScreen<{ source?: string }>> = {};
const timers: Partial<PerScreen<ReturnType<typeof setTimeout>>> = {};
const restoring: Partial<PerScreen<boolean>> = {};
const lanes = perScreen<CoreLane | undefined>(undefined);
/** Bumped by forgetAll: a save that began before it must not write afterwards. */
let generation = 0;
let started = false;
/** Saves begun and not yet finished (their title, write and list refresh). */
let savesInFlight = 0;

const isBlank = (text: string): boolean => !/\S/.test(text);

function newId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

function titleOf(screen: HistoryScreen, texts: string[], names?: { a: string; b: string }): Promise<string> {
  // Titles are computed once per saved paste: the worker (for big pastes) ends with its task.
  lanes[screen] ??= new CoreLane(createCoreWorkerFactory(), { terminateWhenIdle: true });
  return lanes[screen].run<'historyTitle'>({ type: 'historyTitle', screen, texts, names });
}

async function refresh(screen: HistoryScreen): Promise<void> {
  const entries = await listHistory(screen);
  set('entries', screen, entries);
}

async function save(screen: HistoryScreen): Promise<void> {
  delete timers[screen];
  savesInFlight++;
  try {
    await writeEntry(screen);
  } finally {
    savesInFlight--;
  }
}

async function writeEntry(screen: HistoryScreen): Promise<void> {
  const atGeneration = generation;
  const { texts, names } = SCREEN_INPUTS[screen].read();
  if (!keepsPastes() || texts.every(isBlank)) return;
  const size = texts.reduce((sum, t) => sum + t.length, 0);
  set('tooLarge', screen, size > HISTORY_MAX_ENTRY_CHARS);
  if (size > HISTORY_MAX_ENTRY_CHARS) return;
  let title: string;
  try {
    title = await titleOf(screen, texts, names);
  } catch (error) {
    if (error instanceof SupersededError) return;
    title = 'Untitled';
  }
  if (atGeneration !== generation || !keepsPastes()) return;
  const state = useHistoryStore.getState();
  const fresh = startNew[screen];
  const currentId = fresh ? undefined : state.current[screen];
  const existing = state.entries[screen]?.find((e) => e.id === currentId);
  const now = Date.now();
  const entry: HistoryEntry = {
    id: currentId ?? newId(),
    screen,
    title,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    texts,
    size,
    ...(names && { names }),
    ...((fresh?.source ?? existing?.source) !== undefined && { source: fresh?.source ?? existing?.source }),
  };
  delete startNew[screen];
  set('current', screen, entry.id);
  await putHistory(entry, HISTORY_MAX_ENTRIES);
  if (atGeneration !== generation) {
    await removeHistory(entry.id);
    return;
  }
  await refresh(screen);
}

function schedule(screen: HistoryScreen): void {
  if (timers[screen] !== undefined) clearTimeout(timers[screen]);
  timers[screen] = setTimeout(() => void save(screen), HISTORY_SAVE_DELAY_MS);
}

function onInputChange(screen: HistoryScreen, next: string[], previous: string[]): void {
  // The saved input coming back after a reload is not an edit: it is already in the history.
  if (!SCREEN_INPUTS[screen].hydrated()) return;
  if (next.every(isBlank)) {
    // Cleared: the next paste is a new entry; the cleared one stays in the history.
    if (timers[screen] !== undefined) clearTimeout(timers[screen]);
    delete timers[screen];
    set('current', screen, undefined);
    set('tooLarge', screen, false);
    return;
  }
  if (!restoring[screen]) {
    const replaced = next.some((text, i) => {
      const before = previous[i] ?? '';
      return !isBlank(before) && isNewDocument(before, text);
    });
    if (previous.every(isBlank) || replaced) startNew[screen] ??= {};
  }
  if (keepsPastes()) schedule(screen);
}

/** After a reload, the input read back is the history's most recent entry when their texts match. */
async function adoptCurrent(screen: HistoryScreen): Promise<void> {
  await refresh(screen);
  const { texts } = SCREEN_INPUTS[screen].read();
  const latest = useHistoryStore.getState().entries[screen]?.[0];
  const same = latest && latest.texts.length === texts.length && latest.texts.every((t, i) => t === texts[i]);
  if (same && useHistoryStore.getState().current[screen] === undefined) set('current', screen, latest.id);
}

/** Starts watching the inputs of every screen (once; the app calls it at start). */
export function startHistory(): void {
  if (started) return;
  started = true;
  for (const screen of HISTORY_SCREENS) {
    const input = SCREEN_INPUTS[screen];
    input.subscribe((next, previous) => onInputChange(screen, next, previous));
    if (input.hydrated()) void adoptCurrent(screen);
    else input.onHydrated(() => void adoptCurrent(screen));
  }
}

export const historyActions = {
  /** True when no save is waiting for the input to rest and none is being written. */
  isIdle: (): boolean =>
    savesInFlight === 0 && HISTORY_SCREENS.every((screen) => timers[screen] === undefined),

  /** Reads a screen's entries from the database (the list, the count beside the input). */
  load: (screen: HistoryScreen): Promise<void> => refresh(screen),

  /** Applies a change that loads a new text (a file, an example): it becomes a new entry, titled by source. */
  loadAsNew: (screen: HistoryScreen, source: string | undefined, apply: () => void): void => {
    const before = SCREEN_INPUTS[screen].read().texts;
    startNew[screen] = source === undefined ? {} : { source };
    apply();
    const after = SCREEN_INPUTS[screen].read().texts;
    if (after.every((t, i) => t === before[i])) delete startNew[screen];
  },

  /** Puts an entry back into its screen; edits then update that entry. */
  restore: (entry: HistoryEntry): void => {
    const { screen } = entry;
    delete startNew[screen];
    set('current', screen, entry.id);
    restoring[screen] = true;
    try {
      SCREEN_INPUTS[screen].restore(entry);
    } finally {
      restoring[screen] = false;
    }
  },

  /**
   * Erases an entry. If it is what the screen shows now, the input is emptied too: its saved copy
   * would otherwise keep the text. Resolves true when the input was emptied.
   */
  forget: async (entry: HistoryEntry): Promise<boolean> => {
    const { screen } = entry;
    const isCurrent = useHistoryStore.getState().current[screen] === entry.id;
    if (isCurrent) historyActions.clearInput(screen);
    await removeHistory(entry.id);
    await refresh(screen);
    return isCurrent;
  },

  /** Empties a screen's input without adding anything to the history. */
  clearInput: (screen: HistoryScreen): void => {
    if (timers[screen] !== undefined) clearTimeout(timers[screen]);
    delete timers[screen];
    delete startNew[screen];
    set('current', screen, undefined);
    SCREEN_INPUTS[screen].clear();
  },

  /** Stops every pending save and forgets what is in memory (Forget all erases the database itself). */
  resetForForgetAll: (): void => {
    generation++;
    for (const screen of HISTORY_SCREENS) {
      if (timers[screen] !== undefined) clearTimeout(timers[screen]);
      delete timers[screen];
      delete startNew[screen];
      lanes[screen]?.cancel();
    }
    useHistoryStore.setState({
      entries: perScreen([]),
      current: perScreen(undefined),
      tooLarge: perScreen(false),
    });
  },

  /** Writes the current inputs now (after "Don't keep pastes" is turned off again). */
  saveNow: (): void => {
    for (const screen of HISTORY_SCREENS)
      if (!SCREEN_INPUTS[screen].read().texts.every(isBlank)) schedule(screen);
  },

  /** Stops pending saves (when "Don't keep pastes" is turned on). */
  cancelPending: (): void => {
    for (const screen of HISTORY_SCREENS) {
      if (timers[screen] !== undefined) clearTimeout(timers[screen]);
      delete timers[screen];
    }
  },
};
