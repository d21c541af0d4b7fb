import type { SessionEntry } from '../../../core';
import { formatElapsed, formatOffset } from './sessionFormat';
import { PHASES } from './WaterfallBar';

/** Where the selected entry's time went, phase by phase, as DevTools' Timing tab shows it. */
export function TimingBreakdown({ entry }: { entry: SessionEntry | undefined }) {
  if (!entry?.timings || entry.durationMs === undefined) return null;
  const timings = entry.timings;
  const phases = PHASES.filter(({ key }) => (timings[key] ?? 0) > 0);
  return (
    <section className="card timing" aria-label="Timing">
      <h3>
        Timing of entry {entry.index + 1}{' '}
        <span className="muted">
          started {formatOffset(entry.offsetMs)}, took {formatElapsed(entry.durationMs)}
        </span>
      </h3>
      {(entry.resourceType || entry.initiator) && (
        <p className="muted">
          {entry.resourceType && <>Type {entry.resourceType}. </>}
          {entry.initiator && <>Started by {entry.initiator}.</>}
        </p>
      )}
      <table>
        <tbody>
          {phases.map(({ key, label }) => (
            <tr key={key}>
              <th scope="row">
                <span className={`phase-swatch phase-${key}`} aria-hidden="true" /> {label}
              </th>
              <td>{formatElapsed(timings[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
