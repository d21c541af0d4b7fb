import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createPersistentStorage } from './persistentStorage';

interface DiagnoseState {
  /** The pasted text, exactly as the user left it. */
  input: string;
  /** Which exchange of a timeline or HAR file to diagnose; undefined = the default choice. */
  selectedIndex: number | undefined;
}

interface DiagnoseActions {
  setInput: (input: string) => void;
  selectExchange: (index: number) => void;
  clear: () => void;
}

const initialState: DiagnoseState = { input: '', selectedIndex: undefined };

export const useDiagnoseStore = create<DiagnoseState & DiagnoseActions>()(
  persist(
    (set) => ({
      ...initialState,
      setInput: (input) => set({ input, selectedIndex: undefined }),
      selectExchange: (selectedIndex) => set({ selectedIndex }),
      clear: () => set(initialState),
    }),
    { name: 'triage.diagnose', storage: createPersistentStorage(), version: 1 },
  ),
);
