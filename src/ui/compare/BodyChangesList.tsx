import { useState } from 'react';
import type { BodyChange, ResponseDiff } from '../../core';
import { countOf } from '../../state/knowledge';
import { TextDiffView } from './TextDiffView';
import { ValueText } from './ValueText';

/** Changes rendered at first, and how many more each "Show more" adds (each one is a DOM row). */
export const CHANGES_SHOWN_AT_FIRST = 200;
export const CHANGES_PER_PAGE = 500;

/** How a change's path reads: `/data[id=7]/stock`, `line 12`, `(whole body)`. */
function pathLabel(change: BodyChange, kind: ResponseDiff['body']['kind']): string {
  if (change.path === '') return '(whole body)';
  const line = kind === 'text' ? /^\/lines\/(\d+)$/.exec(change.path)?.[1] : undefined;
  return line !== undefined ? `line ${line}` : (change.readablePath ?? change.path);
}

/** Where the change is in A and in B, for the tooltip: both indexes, whatever the readable path says. */
function placesTitle(change: BodyChange, kind: ResponseDiff['body']['kind']): string {
  if (kind === 'text') return 'Show in the side-by-side view';
  const a = change.aPath === undefined ? 'not in A' : `A: ${change.aPath || '(root)'}`;
  const b = change.bPath === undefined ? 'not in B' : `B: ${change.bPath || '(root)'}`;
  return `${a} · ${b}\nShow in the side-by-side view`;
}

function Values({ change }: { change: BodyChange }) {
  if (change.change === 'moved') {
    return (
      <span className="change-values">
        from <code>{change.aPath ?? change.from ?? '?'}</code> to <code>{change.bPath ?? change.path}</code>
      </span>
    );
  }
  if (change.textDiff) {
    return (
      <span className="change-values">
        <TextDiffView hunks={change.textDiff} />
      </span>
    );
  }
  return (
    <span className="change-values">
      {change.a !== undefined && <ValueText className="value-a" text={change.a} />}
      {change.a !== undefined && change.b !== undefined && <span aria-label="becomes"> → </span>}
      {change.b !== undefined && <ValueText className="value-b" text={change.b} />}
    </span>
  );
}

/** Body differences by path, as people read them; clicking one shows it in the side-by-side view. */
export function BodyChangesList({
  body,
  onSelect,
}: {
  body: ResponseDiff['body'];
  onSelect: (index: number) => void;
}) {
  const [shown, setShown] = useState(CHANGES_SHOWN_AT_FIRST);
  const { changes, kind } = body;
  const visible = changes.slice(0, shown);
  return (
    <section className="card body-changes" aria-label="Body changes">
      <h3>
        Body changes{' '}
        <span className="count">
          ({changes.length.toLocaleString('en-US')}
          {kind === 'text' ? ', compared as text' : ''})
        </span>
      </h3>
      {body.note && <p className="notice">{body.note}</p>}
      {kind === 'none' && <p className="muted">Neither response has a body.</p>}
      {kind !== 'none' && changes.length === 0 && <p className="muted">The bodies are the same.</p>}
      {visible.length > 0 && (
        <ol className="change-list">
          {visible.map((c, i) => (
            <li key={i} className={`body-change change-${c.change}`}>
              <button
                type="button"
                className="change-target"
                data-path={c.path}
                data-a-path={c.aPath}
                data-b-path={c.bPath}
                title={placesTitle(c, kind)}
                onClick={() => onSelect(i)}
              >
                <span className="change-badge">{c.change}</span>
                <code className="change-path">{pathLabel(c, kind)}</code>
              </button>
              <Values change={c} />
            </li>
          ))}
        </ol>
      )}
      {visible.length < changes.length && (
        <button type="button" className="link-button" onClick={() => setShown((n) => n + CHANGES_PER_PAGE)}>
          {changes.length - visible.length <= CHANGES_PER_PAGE
            ? `Show the other ${countOf(changes.length - visible.length, 'change')}`
            : `Show ${CHANGES_PER_PAGE} more (${(changes.length - visible.length).toLocaleString('en-US')} not shown)`}
        </button>
      )}
    </section>
  );
}
