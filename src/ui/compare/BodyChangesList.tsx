import { useState } from 'react';
import type { BodyChange, ResponseDiff } from '../../core';
import { lineOfTextPath } from '../../state/compareText';

/** Changes rendered at first; the rest on request (each one is a DOM row). */
export const CHANGES_SHOWN_AT_FIRST = 200;

function pathLabel(path: string, kind: ResponseDiff['body']['kind']): string {
  if (path === '') return '(whole body)';
  const line = kind === 'text' ? lineOfTextPath(path) : undefined;
  return line === undefined ? path : `line ${line}`;
}

function Values({ change }: { change: BodyChange }) {
  if (change.change === 'moved') {
    return (
      <span className="change-values">
        from {change.from !== undefined ? <code>{change.from}</code> : 'elsewhere'}
      </span>
    );
  }
  return (
    <span className="change-values">
      {change.a !== undefined && <code className="value-a">{change.a}</code>}
      {change.a !== undefined && change.b !== undefined && <span aria-label="becomes"> → </span>}
      {change.b !== undefined && <code className="value-b">{change.b}</code>}
    </span>
  );
}

/** Body differences by path; clicking one scrolls the side-by-side view to it. */
export function BodyChangesList({
  body,
  onSelect,
}: {
  body: ResponseDiff['body'];
  onSelect: (change: BodyChange) => void;
}) {
  const [showAll, setShowAll] = useState(false);
  const { changes, kind } = body;
  const shown = showAll ? changes : changes.slice(0, CHANGES_SHOWN_AT_FIRST);
  return (
    <section className="card body-changes" aria-label="Body changes">
      <h3>
        Body changes{' '}
        <span className="count">
          ({changes.length}
          {kind === 'text' ? ', compared as text' : ''})
        </span>
      </h3>
      {body.note && <p className="notice">{body.note}</p>}
      {kind === 'none' && <p className="muted">Neither response has a body.</p>}
      {kind !== 'none' && changes.length === 0 && <p className="muted">The bodies are the same.</p>}
      {shown.length > 0 && (
        <ol className="change-list">
          {shown.map((c, i) => (
            <li key={i}>
              <button
                type="button"
                className={`body-change change-${c.change}`}
                data-path={c.path}
                title="Show in the side-by-side view"
                onClick={() => onSelect(c)}
              >
                <span className="change-badge">{c.change}</span>
                <code className="change-path">{pathLabel(c.path, kind)}</code>
                <Values change={c} />
              </button>
            </li>
          ))}
        </ol>
      )}
      {shown.length < changes.length && (
        <button type="button" className="link-button" onClick={() => setShowAll(true)}>
          Show all {changes.length} changes
        </button>
      )}
    </section>
  );
}
