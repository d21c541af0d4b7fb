import { create } from 'zustand';

/** Which entries the session table lists. */
export type SessionFilter = 'all' | 'failures' | 'no-response' | '2xx' | '3xx' | '4xx' | '5xx' | 'flagged';

export type SessionSortKey = 'index' | 'method' | 'url' | 'status' | 'duration' | 'size' | 'headline';

export interface SessionSort {
  key: SessionSortKey;
  descending: boolean;
}

interface SessionViewState {
  filter: SessionFilter;
  /** Case-insensitive text to find in the method, URL, status or headline. */
  query: string;
  sort: SessionSort;
  /**
   * Entries a session finding points at: the table shows only these while set. `of` is the findings
   * list it came from, so a new paste (a new list) drops it.
   */
  focus: { title: string; entries: number[]; of: unknown } | undefined;
}

interface SessionViewActions {
  setFilter: (filter: SessionFilter) => void;
  setQuery: (query: string) => void;
  /** Sorting by the current key again flips the direction. */
  sortBy: (key: SessionSortKey) => void;
  focusOn: (focus: SessionViewState['focus']) => void;
  reset: () => void;
}

const initialState: SessionViewState = {
  filter: 'all',
  query: '',
  sort: { key: 'index', descending: false },
  focus: undefined,
};

/** How the session table is filtered and sorted: view state only, not kept across reloads. */
export const useSessionViewStore = create<SessionViewState & SessionViewActions>()((set) => ({
  ...initialState,
  setFilter: (filter) => set({ filter, focus: undefined }),
  setQuery: (query) => set({ query }),
  sortBy: (key) =>
    set((s) => ({
      sort: {
        key,
        descending:
          s.sort.key === key ? !s.sort.descending : key !== 'index' && key !== 'method' && key !== 'url',
      },
    })),
  focusOn: (focus) => set({ focus }),
  reset: () => set(initialState),
}));
