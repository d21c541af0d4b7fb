import type { BodyChange } from '../types';

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
  const oneLine = value.replace(/\s*\n\s*/g, ' ');
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
