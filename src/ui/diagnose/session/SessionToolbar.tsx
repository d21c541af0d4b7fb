import { useSessionViewStore, type SessionFilter } from '../../../state/sessionViewStore';

const FILTERS: { value: SessionFilter; label: string }[] = [
  { value: 'all', label: 'All entries' },
  { value: 'failures', label: 'Failures (4xx, 5xx, no response)' },
  { value: 'flagged', label: 'With a problem found' },
  { value: 'no-response', label: 'No response' },
  { value: '2xx', label: '2xx success' },
  { value: '3xx', label: '3xx redirection' },
  { value: '4xx', label: '4xx client error' },
  { value: '5xx', label: '5xx server error' },
];

/** Filter and search over the session's entries; says how many are shown. */
export function SessionToolbar({
  shown,
  total,
  focused,
}: {
  shown: number;
  total: number;
  focused: boolean;
}) {
  const filter = useSessionViewStore((s) => s.filter);
  const query = useSessionViewStore((s) => s.query);
  const focus = useSessionViewStore((s) => s.focus);
  const setFilter = useSessionViewStore((s) => s.setFilter);
  const setQuery = useSessionViewStore((s) => s.setQuery);
  const focusOn = useSessionViewStore((s) => s.focusOn);
  return (
    <div className="session-toolbar" role="search">
      <label>
        <span aria-hidden="true">Show </span>
        <select
          aria-label="Show entries"
          value={filter}
          onChange={(e) => setFilter(e.target.value as SessionFilter)}
        >
          {FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <input
        type="search"
        aria-label="Find entries"
        placeholder="Find: URL, method, status, error…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <span className="muted" role="status">
        {shown === total ? `${total} entries` : `${shown} of ${total} entries`}
      </span>
      {focused && focus && (
        <button type="button" className="focus-chip" onClick={() => focusOn(undefined)}>
          Only: {focus.title} ✕
        </button>
      )}
    </div>
  );
}
