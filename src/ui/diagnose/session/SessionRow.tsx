import type { SessionEntry } from '../../../core';
import { categoryClass } from '../categoryClass';
import { formatBytes, formatElapsed, formatOffset } from './sessionFormat';
import { WaterfallBar } from './WaterfallBar';

/** One entry of the session table (a fixed-height row, placed by the virtualised table). */
export function SessionRow({
  entry,
  top,
  position,
  selected,
  focusable,
  spanMs,
  onSelect,
}: {
  entry: SessionEntry;
  top: number;
  position: number;
  selected: boolean;
  /** The one row Tab reaches: the selected one, else the first. */
  focusable: boolean;
  spanMs: number;
  onSelect: (index: number) => void;
}) {
  return (
    <div
      role="row"
      aria-rowindex={position + 2}
      aria-selected={selected}
      tabIndex={focusable ? 0 : -1}
      data-entry={entry.index}
      className={`session-row severity-${entry.severity}${selected ? ' selected' : ''}`}
      style={{ top }}
      onClick={() => onSelect(entry.index)}
    >
      <span role="cell" className="col-index">
        {entry.index + 1}
      </span>
      <span role="cell" className="col-offset">
        {formatOffset(entry.offsetMs)}
      </span>
      <span role="cell" className="col-request" title={entry.url}>
        <span className="request-line">
          <span className="method">{entry.method}</span> <span className="host">{entry.host}</span>
          <span className="path">{entry.path}</span>
        </span>
        <span className="headline">{entry.headline}</span>
      </span>
      <span
        role="cell"
        className={`col-status ${categoryClass(entry.category)}`}
        title={entry.noResponse?.message || entry.reason}
      >
        {entry.noResponse ? (
          <span className="no-response">
            no response
            {entry.noResponse.label && <span className="cause">{entry.noResponse.label}</span>}
          </span>
        ) : (
          entry.status
        )}
        {entry.fromCache && <span className="from-cache"> ({entry.fromCache} cache)</span>}
      </span>
      <span role="cell" className="col-duration">
        {formatElapsed(entry.durationMs)}
      </span>
      <span role="cell" className="col-size">
        {formatBytes(entry.size)}
      </span>
      <span role="cell" className="col-waterfall">
        <WaterfallBar
          offsetMs={entry.offsetMs}
          durationMs={entry.durationMs}
          timings={entry.timings}
          spanMs={spanMs}
        />
      </span>
    </div>
  );
}
