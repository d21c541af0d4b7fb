import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_IGNORED_HEADERS } from '../core';
import { createPersistentStorage } from './persistentStorage';

export type CompareSideId = 'a' | 'b';

/** How array items are matched: the core's auto-detection, by position only, or by a key the user names. */
export type ArrayKeyMode = 'auto' | 'none' | 'custom';

export interface CompareSideState {
  /** The pasted text, exactly as the user left it. */
  input: string;
  /** What the user calls this side ("staging", "production"). */
  name: string;
}

export interface CompareOptionsState {
  /** Header names to set aside, one per line (or comma-separated), as the user typed them. */
  ignoreHeaders: string;
  /** JSON Pointer patterns to ignore, one per line, as typed. */
  ignorePaths: string;
  arrayKeyMode: ArrayKeyMode;
  /** The key used when arrayKeyMode is 'custom'. */
  customArrayKey: string;
  ignoreArrayOrder: boolean;
  /** Sort object keys in the side-by-side view, so key order never shows as a change. */
  sortKeys: boolean;
}

interface CompareState {
  a: CompareSideState;
  b: CompareSideState;
  options: CompareOptionsState;
}

interface CompareActions {
  setInput: (side: CompareSideId, input: string) => void;
  setName: (side: CompareSideId, name: string) => void;
  /** Loads both sides at once (an example pair). */
  setBoth: (a: CompareSideState, b: CompareSideState) => void;
  swap: () => void;
  setOptions: (options: Partial<CompareOptionsState>) => void;
  resetIgnoredHeaders: () => void;
  /** Empties both inputs; names and options stay. */
  clearInputs: () => void;
}

export const DEFAULT_NAMES: Readonly<Record<CompareSideId, string>> = { a: 'A', b: 'B' };

export const DEFAULT_IGNORED_HEADERS_TEXT = DEFAULT_IGNORED_HEADERS.join('\n');

export const initialCompareOptions: CompareOptionsState = {
  ignoreHeaders: DEFAULT_IGNORED_HEADERS_TEXT,
  ignorePaths: '',
  arrayKeyMode: 'auto',
  customArrayKey: '',
  ignoreArrayOrder: false,
  sortKeys: true,
};

const initialState: CompareState = {
  a: { input: '', name: DEFAULT_NAMES.a },
  b: { input: '', name: DEFAULT_NAMES.b },
  options: initialCompareOptions,
};

const updateSide = (side: CompareSideId, next: CompareSideState): Partial<CompareState> =>
  side === 'a' ? { a: next } : { b: next };

export const useCompareStore = create<CompareState & CompareActions>()(
  persist(
    (set) => ({
      ...initialState,
      setInput: (side, input) => set((s) => updateSide(side, { ...s[side], input })),
      setName: (side, name) => set((s) => updateSide(side, { ...s[side], name })),
      setBoth: (a, b) => set({ a, b }),
      swap: () => set((s) => ({ a: s.b, b: s.a })),
      setOptions: (options) => set((s) => ({ options: { ...s.options, ...options } })),
      resetIgnoredHeaders: () =>
        set((s) => ({ options: { ...s.options, ignoreHeaders: DEFAULT_IGNORED_HEADERS_TEXT } })),
      clearInputs: () => set((s) => ({ a: { ...s.a, input: '' }, b: { ...s.b, input: '' } })),
    }),
    {
      name: 'triage.compare',
      storage: createPersistentStorage(),
      version: 1,
      // Options saved by an older build may lack a field: fill it from the defaults.
      merge: (persisted, current) => {
        const saved = (persisted ?? {}) as Partial<CompareState>;
        return {
          ...current,
          ...saved,
          options: { ...initialCompareOptions, ...saved.options },
        };
      },
    },
  ),
);

/** The name to show for a side: what the user typed, or "A"/"B" while the field is blank. */
export function sideLabel(side: CompareSideId, name: string): string {
  return name.trim() === '' ? DEFAULT_NAMES[side] : name.trim();
}
