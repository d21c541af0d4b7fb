import { useEffect, useRef } from 'react';
import { countOf } from '../../../state/knowledge';
import { MAX_FIND_MATCHES } from '../../../state/documentNavigation';
import type { FindState } from './useFind';

interface FindBarProps {
  find: FindState;
  /** Asked to focus the input again (Ctrl+F while open): a new object each time. */
  focusRequest: object;
  onClose: () => void;
}

/** Find in the large-document view: text or regular expression, case, count, previous and next. */
export function FindBar({ find, focusRequest, onClose }: FindBarProps) {
  const input = useRef<HTMLInputElement>(null);
  const { query, setQuery } = find;

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);

  return (
    <div className="find-bar" role="search" aria-label="Find in the document">
      <input
        ref={input}
        type="text"
        className="find-input"
        aria-label="Find"
        placeholder="Find (Enter: next, Shift+Enter: previous)"
        value={query.text}
        spellCheck={false}
        onChange={(event) => setQuery({ ...query, text: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            find.step(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          }
        }}
      />
      <FindOption
        label="Match case"
        mark="Aa"
        checked={query.caseSensitive}
        onChange={(caseSensitive) => setQuery({ ...query, caseSensitive })}
      />
      <FindOption
        label="Regular expression"
        mark=".*"
        checked={query.regex}
        onChange={(regex) => setQuery({ ...query, regex })}
      />
      <span className="find-count" role="status" aria-live="polite">
        {findStatus(find)}
      </span>
      <button type="button" onClick={() => find.step(-1)} aria-label="Previous match (Shift+F3)">
        ↑
      </button>
      <button type="button" onClick={() => find.step(1)} aria-label="Next match (F3)">
        ↓
      </button>
      <button type="button" onClick={onClose} aria-label="Close find (Escape)">
        ×
      </button>
    </div>
  );
}

/** A toggle shown as its usual mark ("Aa", ".*") and named in full for screen readers. */
function FindOption(props: {
  label: string;
  mark: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <label className="find-option" title={props.label}>
      <input
        type="checkbox"
        aria-label={props.label}
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      {props.mark}
    </label>
  );
}

function findStatus(find: FindState): string {
  const { query, result, pending, active } = find;
  if (query.text === '') return '';
  if (pending || !result) return 'Searching…';
  if (!result.ok) return result.message;
  const count = result.starts.length;
  if (count === 0) return 'No matches';
  const limit = MAX_FIND_MATCHES.toLocaleString('en-US');
  const total = result.truncated
    ? `the first ${limit} matches (more not counted: refine the search)`
    : countOf(count, 'match', 'matches');
  return active < 0 ? total : `${(active + 1).toLocaleString('en-US')} of ${total}`;
}
