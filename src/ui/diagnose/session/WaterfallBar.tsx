import type { EntryTimings } from '../../../core';

/** The phases in the order they happen, with the labels DevTools uses. */
export const PHASES: { key: keyof EntryTimings; label: string }[] = [
  { key: 'blocked', label: 'Queued' },
  { key: 'dns', label: 'DNS' },
  { key: 'connect', label: 'Connect' },
  { key: 'ssl', label: 'TLS' },
  { key: 'send', label: 'Send' },
  { key: 'wait', label: 'Waiting (server)' },
  { key: 'receive', label: 'Download' },
];

/**
 * One entry on the session's time axis: placed at its start, as long as it took, split into its
 * phases. HAR counts TLS inside connect, so connect is drawn without its TLS part.
 */
export function WaterfallBar({
  offsetMs,
  durationMs,
  timings,
  spanMs,
}: {
  offsetMs: number | undefined;
  durationMs: number | undefined;
  timings: EntryTimings | undefined;
  spanMs: number;
}) {
  if (offsetMs === undefined || spanMs <= 0) return null;
  const left = (offsetMs / spanMs) * 100;
  const width = Math.max(((durationMs ?? 0) / spanMs) * 100, 0.4);
  const total = durationMs && durationMs > 0 ? durationMs : 1;
  const connect = Math.max(0, (timings?.connect ?? 0) - (timings?.ssl ?? 0));
  return (
    <div className="waterfall-track" aria-hidden="true">
      <div
        className="waterfall-bar"
        style={{ left: `${Math.min(left, 99.6)}%`, width: `${Math.min(width, 100 - Math.min(left, 99.6))}%` }}
      >
        {PHASES.map(({ key }) => {
          const ms = key === 'connect' ? connect : (timings?.[key] ?? 0);
          if (ms <= 0) return null;
          return (
            <span key={key} className={`phase phase-${key}`} style={{ width: `${(ms / total) * 100}%` }} />
          );
        })}
      </div>
    </div>
  );
}
