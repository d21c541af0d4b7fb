import { toAccessorPath, type JsonPathSegment } from './jsonPath';

/** Breadcrumbs kept at the start of a long path (the document's top levels). */
export const PATH_CRUMBS_HEAD = 3;
/** Breadcrumbs kept at the end of a long path (where the cursor is). */
export const PATH_CRUMBS_TAIL = 10;

export interface PathCrumb {
  /** `.items` or `[3]` or `["odd key"]`, as the step reads after the one before it. */
  label: string;
  /** How many segments lead here: the crumb goes to `path.slice(0, depth)`. */
  depth: number;
}

export interface PathCrumbs {
  head: PathCrumb[];
  /** Levels left out between head and tail (0 when the whole path is shown). */
  omitted: number;
  tail: PathCrumb[];
}

function crumb(path: readonly JsonPathSegment[], index: number): PathCrumb {
  const step = toAccessorPath([path[index] as JsonPathSegment]);
  return { label: step.startsWith('[') ? step : `.${step}`, depth: index + 1 };
}

/**
 * The cursor's path as a bounded number of breadcrumbs: a path 100,000 levels deep (pathological
 * nesting) shows its first and last levels and counts the rest, so drawing it costs the same as a
 * short one.
 */
export function pathCrumbs(path: readonly JsonPathSegment[]): PathCrumbs {
  const shown = PATH_CRUMBS_HEAD + PATH_CRUMBS_TAIL;
  if (path.length <= shown + 1) {
    return { head: path.map((_, i) => crumb(path, i)), omitted: 0, tail: [] };
  }
  const head: PathCrumb[] = [];
  for (let i = 0; i < PATH_CRUMBS_HEAD; i++) head.push(crumb(path, i));
  const tail: PathCrumb[] = [];
  for (let i = path.length - PATH_CRUMBS_TAIL; i < path.length; i++) tail.push(crumb(path, i));
  return { head, omitted: path.length - shown, tail };
}
