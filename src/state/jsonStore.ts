import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createPersistentStorage } from './persistentStorage';

export type JsonIndent = 2 | 4 | 'tab';

/** A replacement the user asked for (format, minify, repair, clear), kept so one click can undo it. */
export interface JsonUndo {
  label: string;
  before: string;
  /** The text the replacement produced: undo is offered only while the input still equals it. */
  after: string;
}

interface JsonState {
  /** The text in the editor, exactly as the user left it. */
  input: string;
  indent: JsonIndent;
  /** Applies to Format: keys sorted by the core's stable order. */
  sortKeys: boolean;
  /** Where the editor should move its cursor; a new object on every request, so repeated clicks work. */
  reveal: { line: number; column: number } | undefined;
  undo: JsonUndo | undefined;
}

interface JsonActions {
  setInput: (input: string) => void;
  setIndent: (indent: JsonIndent) => void;
  setSortKeys: (sortKeys: boolean) => void;
  revealAt: (line: number, column: number) => void;
  /** Replaces the whole input on the user's request, remembering the previous text for Undo. */
  replaceInput: (text: string, label: string) => void;
  undoReplace: () => void;
  clear: () => void;
}

const initialState: JsonState = { input: '', indent: 2, sortKeys: false, reveal: undefined, undo: undefined };

export const useJsonStore = create<JsonState & JsonActions>()(
  persist(
    (set, get) => ({
      ...initialState,
      setInput: (input) => set({ input }),
      setIndent: (indent) => set({ indent }),
      setSortKeys: (sortKeys) => set({ sortKeys }),
      revealAt: (line, column) => set({ reveal: { line, column } }),
      replaceInput: (text, label) => {
        const before = get().input;
        if (text === before) return;
        set({ input: text, undo: { label, before, after: text }, reveal: undefined });
      },
      undoReplace: () => {
        const { undo, input } = get();
        if (undo && undo.after === input) set({ input: undo.before, undo: undefined });
      },
      clear: () => get().replaceInput('', 'Clear'),
    }),
    {
      name: 'triage.json',
      storage: createPersistentStorage(),
      version: 1,
      // The cursor request and the undo copy are per-visit; only the text and the settings persist.
      partialize: ({ input, indent, sortKeys }) => ({ input, indent, sortKeys }),
    },
  ),
);
