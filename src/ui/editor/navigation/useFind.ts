import { useEffect, useState, type RefObject } from 'react';
import type { FindQuery, FindResult } from '../../../core';
import { matchAtOrAfter, useFindMatches } from '../../../state/documentNavigation';
import type { EditorViewHandle, FindHighlights } from './navigationTypes';

export interface FindState {
  open: boolean;
  query: FindQuery;
  result: FindResult | undefined;
  pending: boolean;
  /** Index of the current match, -1 before the first jump. */
  active: number;
  highlights: FindHighlights | undefined;
  setOpen: (open: boolean) => void;
  setQuery: (query: FindQuery) => void;
  /** Moves to the next (+1) or previous (-1) match, wrapping around. */
  step: (direction: 1 | -1) => void;
}

const EMPTY_QUERY: FindQuery = { text: '', regex: false, caseSensitive: false };

/**
 * The find bar's state for a view without its own find: the query, its matches (searched off the
 * main thread for big documents) and the current match, which the view is asked to show. A new set
 * of matches starts at the first one at or after the cursor, as editors do.
 */
export function useFind(
  text: string,
  handle: RefObject<EditorViewHandle | null>,
  cursor: number | undefined,
): FindState {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState(EMPTY_QUERY);
  const [active, setActive] = useState<{ of: FindResult | undefined; index: number }>({
    of: undefined,
    index: -1,
  });
  const { result, pending } = useFindMatches(text, open ? query : undefined);
  const matches = result?.ok ? result : undefined;
  const index = active.of === result ? active.index : -1;

  const show = (i: number) => {
    if (!matches) return;
    setActive({ of: result, index: i });
    handle.current?.select(matches.starts[i] ?? 0, matches.ends[i] ?? 0);
  };

  useEffect(() => {
    if (matches && matches.starts.length > 0) show(matchAtOrAfter(matches.starts, cursor ?? 0));
    // A new result moves to its first match once; moving the cursor later does not search again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result]);

  return {
    open,
    query,
    result,
    pending,
    active: index,
    highlights: open && matches ? { starts: matches.starts, ends: matches.ends, active: index } : undefined,
    setOpen,
    setQuery,
    step: (direction) => {
      const count = matches?.starts.length ?? 0;
      if (count === 0) return;
      show(index < 0 ? (direction === 1 ? 0 : count - 1) : (index + direction + count) % count);
    },
  };
}
