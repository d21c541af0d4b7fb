import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SessionEntry } from '../../../core';
import { useSessionViewStore, type SessionSortKey } from '../../../state/sessionViewStore';
import { SessionRow } from './SessionRow';

/** Fixed row height: any row can be placed without measuring the ones above it. */
const ROW_HEIGHT_PX = 44;
/** Rows drawn beyond the visible ones, so fast scrolling shows no gaps. */
const OVERSCAN_ROWS = 10;

const COLUMNS: { key: SessionSortKey | undefined; label: string; className: string }[] = [
  { key: 'index', label: '#', className: 'col-index' },
  { key: undefined, label: 'Start', className: 'col-offset' },
  { key: 'url', label: 'Request', className: 'col-request' },
  { key: 'status', label: 'Status', className: 'col-status' },
  { key: 'duration', label: 'Time', className: 'col-duration' },
  { key: 'size', label: 'Size', className: 'col-size' },
  { key: undefined, label: 'Waterfall', className: 'col-waterfall' },
];

/**
 * The session's entries as a sortable table. Only the visible rows are in the DOM, so a recording
 * of thousands of entries scrolls smoothly. Arrow keys move the selection.
 */
export function SessionTable({
  rows,
  total,
  selectedIndex,
  spanMs,
  onSelect,
}: {
  rows: readonly SessionEntry[];
  total: number;
  selectedIndex: number;
  spanMs: number;
  onSelect: (index: number) => void;
}) {
  const sort = useSessionViewStore((s) => s.sort);
  const sortBy = useSessionViewStore((s) => s.sortBy);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(360);

  useEffect(() => {
    const element = scroller.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => setViewHeight(element.clientHeight || 360));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // An entry selected from elsewhere (a finding, the keyboard) is scrolled into view: decided while
  // rendering (React's "adjust state when a prop changes"), applied to the scroller after.
  const [revealed, setRevealed] = useState<number | undefined>(undefined);
  const position = rows.findIndex((r) => r.index === selectedIndex);
  if (revealed !== selectedIndex) {
    setRevealed(selectedIndex);
    const at = position * ROW_HEIGHT_PX;
    if (position >= 0 && (at < scrollTop || at + ROW_HEIGHT_PX > scrollTop + viewHeight))
      setScrollTop(Math.max(0, at - viewHeight / 2));
  }
  useEffect(() => {
    const element = scroller.current;
    if (element && Math.abs(element.scrollTop - scrollTop) > 1) element.scrollTop = scrollTop;
  }, [scrollTop]);

  // Keyboard focus follows the selection while it is inside the table.
  const table = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = table.current;
    if (!element?.contains(document.activeElement) || document.activeElement === element) return;
    element.querySelector<HTMLElement>(`[data-entry="${selectedIndex}"]`)?.focus({ preventScroll: true });
  }, [selectedIndex, scrollTop]);

  const move = (event: KeyboardEvent) => {
    const step = ({ ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 } as Record<string, number>)[
      event.key
    ];
    if (step === undefined || rows.length === 0) return;
    event.preventDefault();
    const next = rows[Math.max(0, Math.min(rows.length - 1, position + step))];
    if (next) onSelect(next.index);
  };

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT_PX) - OVERSCAN_ROWS);
  const last = Math.min(rows.length, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT_PX) + OVERSCAN_ROWS);
  return (
    <div
      ref={table}
      role="table"
      aria-label="Session entries"
      aria-rowcount={rows.length + 1}
      className="session-table"
      onKeyDown={move}
    >
      <div role="row" aria-rowindex={1} className="session-header">
        {COLUMNS.map((c) => (
          <span
            key={c.label}
            role="columnheader"
            className={c.className}
            aria-sort={
              c.key && sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : undefined
            }
          >
            {c.key ? (
              <button type="button" onClick={() => sortBy(c.key as SessionSortKey)}>
                {c.label}
              </button>
            ) : (
              c.label
            )}
          </span>
        ))}
      </div>
      <div
        ref={scroller}
        className="session-scroller"
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        <div role="rowgroup" className="session-rows" style={{ height: rows.length * ROW_HEIGHT_PX }}>
          {rows.slice(first, last).map((entry, i) => (
            <SessionRow
              key={entry.index}
              entry={entry}
              top={(first + i) * ROW_HEIGHT_PX}
              position={first + i}
              selected={entry.index === selectedIndex}
              focusable={entry.index === selectedIndex || (position < 0 && first + i === 0)}
              spanMs={spanMs}
              onSelect={onSelect}
            />
          ))}
        </div>
        {rows.length === 0 && <p className="session-empty">No entry of the {total} matches these filters.</p>}
      </div>
    </div>
  );
}
