import { DEFAULT_NAMES, useCompareStore } from '../compareStore';
import { useDiagnoseStore } from '../diagnoseStore';
import { jsonActions } from '../jsonActions';
import { useJsonStore } from '../jsonStore';
import type { HistoryEntry, HistoryScreen } from './historyDatabase';

/** What a screen's input holds now, as the history keeps it. */
export interface ScreenTexts {
  texts: string[];
  names?: { a: string; b: string };
}

/** How the history reads, watches, restores and empties one screen's input. */
export interface ScreenInput {
  read(): ScreenTexts;
  /** Calls back with the texts before and after every change of the input. */
  subscribe(listener: (next: string[], previous: string[]) => void): () => void;
  restore(entry: HistoryEntry): void;
  /** Empties the input and forgets in-memory copies of it (the JSON screen's undo). */
  clear(): void;
  /** Whether the saved input has been read back after a reload (changes before that are not edits). */
  hydrated(): boolean;
  onHydrated(listener: () => void): () => void;
  /** Writes the input to storage again (after "Don't keep pastes" is turned off). */
  rewrite(): void;
}

const diagnose: ScreenInput = {
  read: () => ({ texts: [useDiagnoseStore.getState().input] }),
  subscribe: (listener) =>
    useDiagnoseStore.subscribe((s, p) => {
      if (s.input !== p.input) listener([s.input], [p.input]);
    }),
  restore: (entry) => useDiagnoseStore.getState().setInput(entry.texts[0] ?? ''),
  clear: () => useDiagnoseStore.getState().clear(),
  hydrated: () => useDiagnoseStore.persist.hasHydrated(),
  onHydrated: (listener) => useDiagnoseStore.persist.onFinishHydration(listener),
  rewrite: () => useDiagnoseStore.setState({}),
};

const json: ScreenInput = {
  read: () => ({ texts: [useJsonStore.getState().input] }),
  subscribe: (listener) =>
    useJsonStore.subscribe((s, p) => {
      if (s.input !== p.input) listener([s.input], [p.input]);
    }),
  // Through replaceInput: one click on Undo brings back what the restore replaced.
  restore: (entry) => useJsonStore.getState().replaceInput(entry.texts[0] ?? '', 'Restore'),
  clear: () => {
    useJsonStore.setState({ input: '', undo: undefined, reveal: undefined });
    jsonActions.reset();
  },
  hydrated: () => useJsonStore.persist.hasHydrated(),
  onHydrated: (listener) => useJsonStore.persist.onFinishHydration(listener),
  rewrite: () => useJsonStore.setState({}),
};

const compare: ScreenInput = {
  read: () => {
    const { a, b } = useCompareStore.getState();
    return { texts: [a.input, b.input], names: { a: a.name, b: b.name } };
  },
  subscribe: (listener) =>
    useCompareStore.subscribe((s, p) => {
      if (s.a.input !== p.a.input || s.b.input !== p.b.input)
        listener([s.a.input, s.b.input], [p.a.input, p.b.input]);
    }),
  restore: (entry) =>
    useCompareStore
      .getState()
      .setBoth(
        { input: entry.texts[0] ?? '', name: entry.names?.a ?? DEFAULT_NAMES.a },
        { input: entry.texts[1] ?? '', name: entry.names?.b ?? DEFAULT_NAMES.b },
      ),
  clear: () =>
    useCompareStore
      .getState()
      .setBoth({ input: '', name: DEFAULT_NAMES.a }, { input: '', name: DEFAULT_NAMES.b }),
  hydrated: () => useCompareStore.persist.hasHydrated(),
  onHydrated: (listener) => useCompareStore.persist.onFinishHydration(listener),
  rewrite: () => useCompareStore.setState({}),
};

export const SCREEN_INPUTS: Readonly<Record<HistoryScreen, ScreenInput>> = { diagnose, json, compare };
export const HISTORY_SCREENS: readonly HistoryScreen[] = ['diagnose', 'json', 'compare'];
