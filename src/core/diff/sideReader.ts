import type { JsonSpan } from '../json/jsonSpan.types';
import { matchBrackets } from '../json/matchBrackets';

/**
 * How many times its own length the comparison may scan a side before indexing its brackets. Normal
 * documents are read about once (each level only where texts differ); only long chains of nested
 * containers reach this, and the index turns their quadratic rescanning linear.
 */
export const RESCAN_LIMIT = 4;

/** One side of a comparison as read lazily: how much has been scanned, and the index once built. */
export interface SideReader {
  source: string;
  scanned: number;
  closeAt: Int32Array | null;
}

export const sideReader = (source: string): SideReader => ({ source, scanned: 0, closeAt: null });

/** To call before reading a container's children: the bracket index to skip with, if worth having. */
export function bracketIndexFor(side: SideReader, container: JsonSpan): Int32Array | null {
  if (side.closeAt !== null) return side.closeAt;
  side.scanned += container.end - container.start;
  if (side.scanned > RESCAN_LIMIT * side.source.length) side.closeAt = matchBrackets(side.source);
  return side.closeAt;
}
