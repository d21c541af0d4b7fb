import { statusText } from '../diff/sideStatus';
import { countOf } from '../text/countOf';
import type { BodyChange, ResponseDiff } from '../types';

/** Changes listed in a copied report; the rest are counted. */
export const REPORT_MAX_CHANGES = 100;
/** Longer values are cut in a copied report (the screen and the side-by-side view keep them whole). */
export const REPORT_MAX_VALUE_CHARS = 200;

export interface SideNames {
  a: string;
  b: string;
}

/** A value on one line, cut at REPORT_MAX_VALUE_CHARS with the count of what was left out. */
export function clipValue(value: string): string {
  // Each run of white space that holds a line break becomes one space (a run is matched whole, from
  // its first character: `/\s*\n\s*/g` rescanned a long run of spaces from each of them).
  const oneLine = value.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run));
  if (oneLine.length <= REPORT_MAX_VALUE_CHARS) return oneLine;
  return `${oneLine.slice(0, REPORT_MAX_VALUE_CHARS)}… (${oneLine.length - REPORT_MAX_VALUE_CHARS} more characters)`;
}

/** The path of a body change as people read it (`/data[id=7]/stock`, `(whole body)`). */
export const changeLabel = (change: BodyChange): string => {
  const path = change.readablePath ?? change.path;
  return path === '' ? '(whole body)' : path;
};

/**
 * Where a change is in A and in B when its readable path does not say it (the item was matched by a
 * key, or sits at another index in B): `A /data/1/stock, B /data/2/stock`; otherwise undefined.
 */
export function changePlaces(change: BodyChange): string | undefined {
  const { aPath, bPath } = change;
  const keyed = change.readablePath !== undefined && change.readablePath !== change.path;
  const shifted = aPath !== undefined && bPath !== undefined && aPath !== bPath;
  if (!keyed && !shifted) return undefined;
  const places = [
    aPath !== undefined ? `A ${aPath || '(root)'}` : '',
    bPath !== undefined ? `B ${bPath || '(root)'}` : '',
  ];
  return places.filter(Boolean).join(', ');
}

/** A side as a report names it: "staging (A)", or just "A" when the user gave it no other name. */
export function sideTitle(names: SideNames, side: 'a' | 'b'): string {
  const letter = side.toUpperCase();
  return names[side] === letter ? letter : `${names[side]} (${letter})`;
}

/** The status line of a report: "200 OK → 503 Service Unavailable", "… (same)". */
export function statusLine(status: ResponseDiff['status']): string {
  return `${statusText(status, 'a')} → ${statusText(status, 'b')}${status.changed ? '' : ' (same)'}`;
}

/** "no differences", "1 differs", "3 differ (2 ignored)": the headers that differ, noise apart. */
export function headerCountText(differing: number, ignored: number): string {
  const count =
    differing === 0
      ? 'no differences'
      : `${differing.toLocaleString('en-US')} ${differing === 1 ? 'differs' : 'differ'}`;
  return ignored > 0 ? `${count} (${ignored.toLocaleString('en-US')} ignored)` : count;
}

/** "no differences", "1 change", "1,448 changes". */
export const bodyCountText = (changes: number): string =>
  changes === 0 ? 'no differences' : countOf(changes, 'change');
