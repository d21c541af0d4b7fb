import type { JsonPathSegment, OutlineEntry } from '../../../core';
import { countOf } from '../../../state/knowledge';
import { toAccessorPath } from '../../../state/documentNavigation';

interface OutlinePanelProps {
  outline: OutlineEntry | undefined;
  onGoTo: (segments: JsonPathSegment[]) => void;
}

/** The top levels of a JSON document: each member or item with its kind and size; a click goes there. */
export function OutlinePanel({ outline, onGoTo }: OutlinePanelProps) {
  if (!outline) return <div className="outline-panel muted">Reading the document…</div>;
  return (
    <nav className="outline-panel" aria-label="Outline">
      <ul>
        <OutlineItem entry={outline} onGoTo={onGoTo} />
      </ul>
    </nav>
  );
}

function OutlineItem({ entry, onGoTo }: { entry: OutlineEntry; onGoTo: OutlinePanelProps['onGoTo'] }) {
  const name = entry.segment === undefined ? '$' : toAccessorPath([entry.segment]);
  return (
    <li>
      <button type="button" className="link-button outline-entry" onClick={() => onGoTo(entry.path)}>
        <span className="outline-name">{name}</span> <span className="muted">{describe(entry)}</span>
      </button>
      {entry.children.length > 0 && (
        <ul>
          {entry.children.map((child, i) => (
            <OutlineItem key={i} entry={child} onGoTo={onGoTo} />
          ))}
          {entry.more > 0 && <li className="muted">…and {entry.more.toLocaleString('en-US')} more</li>}
        </ul>
      )}
    </li>
  );
}

function describe(entry: OutlineEntry): string {
  if (entry.kind === 'object') return `object, ${countOf(entry.size ?? 0, 'member')}`;
  if (entry.kind === 'array') return `array, ${countOf(entry.size ?? 0, 'item')}`;
  return entry.preview ?? entry.kind;
}
