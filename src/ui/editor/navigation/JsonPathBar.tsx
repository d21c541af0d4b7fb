import type { JsonPathSegment, PathCrumb } from '../../../core';
import { pathCrumbs, toAccessorPath, toJsonPointer } from '../../../state/documentNavigation';
import { CopyTextButton } from '../../common/CopyTextButton';

interface JsonPathBarProps {
  path: JsonPathSegment[] | undefined;
  onGoTo: (segments: JsonPathSegment[]) => void;
}

/** The JSON path of the cursor as breadcrumbs (each one goes there), with both notations to copy. */
export function JsonPathBar({ path, onGoTo }: JsonPathBarProps) {
  if (!path) {
    return <span className="json-path muted">Click a line to see its JSON path.</span>;
  }
  const pointer = toJsonPointer(path);
  const crumbs = pathCrumbs(path);
  const crumbButton = ({ label, depth }: PathCrumb) => (
    <button
      key={depth}
      type="button"
      className="link-button"
      onClick={() => onGoTo(path.slice(0, depth))}
      title={`Go to this level (depth ${depth})`}
    >
      {label}
    </button>
  );
  return (
    <span className="json-path">
      <nav className="json-path-crumbs" aria-label="JSON path of the cursor">
        <button
          type="button"
          className="link-button"
          onClick={() => onGoTo([])}
          title="Go to the top-level value"
        >
          $
        </button>
        {crumbs.head.map(crumbButton)}
        {crumbs.omitted > 0 && (
          <span className="muted" title={`${crumbs.omitted} levels not shown`}>
            …{crumbs.omitted.toLocaleString('en-US')} levels…
          </span>
        )}
        {crumbs.tail.map(crumbButton)}
      </nav>
      <CopyTextButton
        source={pointer}
        makeText={() => pointer}
        label="Copy pointer"
        title={`Copy the JSON Pointer: ${pointer || '(empty: the whole document)'}`}
        copiedMessage="Copied"
        fallbackLabel="JSON Pointer"
      />
      <CopyTextButton
        source={path}
        makeText={() => toAccessorPath(path)}
        label="Copy path"
        title={`Copy the path as JavaScript reads it: ${toAccessorPath(path) || '(empty: the whole document)'}`}
        copiedMessage="Copied"
        fallbackLabel="JSON path"
      />
    </span>
  );
}
