import type { BodyChange } from '../types';
import { alignRows, foldUnchanged, rowsOf } from './alignRows';
import type { DiffRegion } from './diff.types';
import { formatIndexedLines, type IndexedLines } from './formatIndexedLines';
import type { JsonIndex } from './jsonIndex';
import type { ChangePlace, JsonDiffDetail } from './jsonDiff';

/** Regions built at most; the changes past them are listed, not shown side by side. */
export const MAX_REGIONS = 5_000;
/** A record with more values than this is not shown whole: its changed values are shown instead. */
export const MAX_RECORD_VALUES = 300;
/** Lines of one side of one region, at most. */
export const MAX_REGION_LINES = 400;
/** Unchanged rows kept around each change in a region; longer unchanged runs are folded. */
export const CONTEXT_ROWS = 3;

export interface Regions {
  regions: DiffRegion[];
  /** Changes that are in no region (past MAX_REGIONS). */
  leftOut: number;
}

interface Group {
  /** The record or value shown: on each side, its index (-1: absent) and pointer. */
  a: number;
  b: number;
  aPath: string | undefined;
  bPath: string | undefined;
  title: string;
  /** A lone member value is written with its key. */
  withKey: boolean;
  changes: number[];
}

const valueCount = (index: JsonIndex, value: number): number =>
  value < 0 ? 0 : (index.next[value] ?? value) - value;

/** Where a change is shown: its record when small enough, otherwise the changed value itself. */
function groupFor(detail: JsonDiffDetail, change: BodyChange, place: ChangePlace): Omit<Group, 'changes'> {
  const { record } = place;
  if (
    record &&
    valueCount(detail.indexA, record.a) <= MAX_RECORD_VALUES &&
    valueCount(detail.indexB, record.b) <= MAX_RECORD_VALUES
  ) {
    return {
      a: record.a,
      b: record.b,
      aPath: record.pointerA,
      bPath: record.pointerB,
      title: record.readable,
      withKey: false,
    };
  }
  return {
    a: place.a,
    b: place.b,
    aPath: change.aPath,
    bPath: change.bPath,
    title: change.readablePath ?? change.path,
    withKey: true,
  };
}

/**
 * The side-by-side regions of a JSON comparison: each change is shown inside the record (array item
 * object) that holds it, both sides formatted and aligned, so the item is recognisable (its id, its
 * name) and a moved item faces its counterpart; changes outside any record, or in records too large,
 * are shown as the changed values themselves. Changes in one record share one region.
 */
export function jsonRegions(
  detail: JsonDiffDetail,
  changes: readonly BodyChange[],
  sortKeys: boolean,
): Regions {
  const groups = new Map<string, Group>();
  let leftOut = 0;
  changes.forEach((change, k) => {
    const place = detail.places[k];
    if (!place) return;
    const where = groupFor(detail, change, place);
    const id = `${where.a}:${where.b}`;
    const group = groups.get(id);
    if (group) group.changes.push(k);
    else if (groups.size >= MAX_REGIONS) leftOut++;
    else groups.set(id, { ...where, changes: [k] });
  });
  return { regions: [...groups.values()].map((group) => buildRegion(detail, group, sortKeys)), leftOut };
}

/** One side of a region: the shown value's lines, and where its changed values are among them. */
function sideLines(
  index: JsonIndex,
  shown: number,
  changed: readonly number[],
  group: Group,
  sortKeys: boolean,
): IndexedLines {
  if (shown < 0) return { lines: [], ranges: new Map() };
  const targets = new Set(changed.filter((value) => value >= 0));
  return formatIndexedLines(index, shown, {
    sortKeys,
    withKey: group.withKey,
    targets,
    maxLines: MAX_REGION_LINES,
  });
}

function buildRegion(detail: JsonDiffDetail, group: Group, sortKeys: boolean): DiffRegion {
  const places = group.changes.map((k) => detail.places[k]);
  const sideA = sideLines(
    detail.indexA,
    group.a,
    places.map((p) => p?.a ?? -1),
    group,
    sortKeys,
  );
  const sideB = sideLines(
    detail.indexB,
    group.b,
    places.map((p) => p?.b ?? -1),
    group,
    sortKeys,
  );
  const rows = foldUnchanged(alignRows(sideA.lines, sideB.lines), CONTEXT_ROWS);
  const spans = places.map((place): [number, number] => {
    const rangeA = place && place.a >= 0 ? sideA.ranges.get(place.a) : undefined;
    const rangeB = place && place.b >= 0 ? sideB.ranges.get(place.b) : undefined;
    const onA = rangeA ? rowsOf(rows, 'a', rangeA[0], rangeA[1]) : undefined;
    const onB = rangeB ? rowsOf(rows, 'b', rangeB[0], rangeB[1]) : undefined;
    const first = Math.min(onA?.[0] ?? Infinity, onB?.[0] ?? Infinity);
    const last = Math.max(onA?.[1] ?? -1, onB?.[1] ?? -1);
    return Number.isFinite(first) ? [first, last] : [0, Math.max(0, rows.length - 1)];
  });
  const region: DiffRegion = {
    title: group.title === '' ? '(whole body)' : group.title,
    changes: group.changes,
    spans,
    aLines: sideA.lines,
    bLines: sideB.lines,
    rows,
  };
  if (group.a >= 0 && group.aPath !== undefined) region.aPath = group.aPath;
  if (group.b >= 0 && group.bPath !== undefined) region.bPath = group.bPath;
  return region;
}
