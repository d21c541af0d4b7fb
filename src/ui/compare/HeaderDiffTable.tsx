import { Fragment, useState } from 'react';
import type { DiffCounts, HeaderDiff, SideNames } from '../../core';

const CHANGE_LABEL: Record<HeaderDiff['change'], string> = {
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  unchanged: 'same',
};

function Value({ value }: { value: string | undefined }) {
  return value === undefined ? <span className="muted">(absent)</span> : <>{value}</>;
}

/** Headers of both sides by name: what was added, removed or changed; noise greyed behind a toggle. */
export function HeaderDiffTable({
  headers,
  counts,
  names,
}: {
  headers: readonly HeaderDiff[];
  /** The comparison's header counts (summarizeDiff), the same the summary shows. */
  counts: DiffCounts['headers'];
  names: SideNames;
}) {
  const [showIgnored, setShowIgnored] = useState(false);
  const differing = counts.added + counts.removed + counts.changed;
  const anyIgnored = headers.some((h) => h.ignored);
  const shown = showIgnored ? headers : headers.filter((h) => !h.ignored);
  return (
    <section className="card headers header-diff" aria-label="Header differences">
      <div className="toolbar">
        <h3>
          Headers{' '}
          <span className="count">
            ({differing === 0 ? 'no differences' : `${differing} ${differing === 1 ? 'differs' : 'differ'}`}
            {counts.ignored > 0 ? `, ${counts.ignored} ignored` : ''})
          </span>
        </h3>
        {anyIgnored && (
          <label className="toggle">
            <input
              type="checkbox"
              checked={showIgnored}
              onChange={(event) => setShowIgnored(event.target.checked)}
            />
            Show ignored headers
          </label>
        )}
      </div>
      {shown.length === 0 ? (
        <p className="muted">
          {headers.length === 0 ? 'Neither response has headers.' : 'Only ignored headers.'}
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Header</th>
              <th scope="col">{names.a}</th>
              <th scope="col">{names.b}</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((h, i) => (
              <Fragment key={i}>
                <tr
                  className={`header-change change-${h.change}${h.ignored ? ' ignored' : ''}`}
                  data-header={h.name.toLowerCase()}
                  data-change={h.change}
                  data-ignored={h.ignored ? 'true' : undefined}
                >
                  <td className="header-name">{h.name}</td>
                  <td className="header-value" data-side={names.a}>
                    <Value value={h.a} />
                  </td>
                  <td className="header-value" data-side={names.b}>
                    <Value value={h.b} />
                  </td>
                  <td>
                    <span className="change-badge">
                      {h.ignored ? `ignored · ${CHANGE_LABEL[h.change]}` : CHANGE_LABEL[h.change]}
                    </span>
                  </td>
                </tr>
                {h.note && !h.ignored && (
                  <tr className="header-note">
                    <td colSpan={4}>{h.note}</td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
