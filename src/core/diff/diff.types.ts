import type { ResponseDiff } from '../types';

/**
 * The body part of a comparison with the count the summary needs. Added by this module (types.ts
 * stays as designed): a ResponseDiff from elsewhere simply lacks it.
 */
export type BodyDiff = ResponseDiff['body'] & {
  /** Differences set aside by options.ignorePaths (each ignored subtree that differs counts once). */
  ignored: number;
};

/** What diffResponses returns: a ResponseDiff whose body also counts ignored differences. */
export type DetailedResponseDiff = ResponseDiff & { body: BodyDiff };

/** Structured counts for the UI (badges, tab titles); summarizeDiff derives them from a diff. */
export interface DiffCounts {
  /** Nothing differs apart from what was ignored. */
  identical: boolean;
  status: ResponseDiff['status'];
  headers: { added: number; removed: number; changed: number; unchanged: number; ignored: number };
  body: {
    kind: ResponseDiff['body']['kind'];
    /** How the bodies were compared, for the screen (BODY_COMPARISON_LABELS). */
    label: string;
    added: number;
    removed: number;
    changed: number;
    moved: number;
    ignored: number;
  };
}

/** One row of the side-by-side view: a line of A, a line of B, or both (indexes into the region's lines). */
export interface DiffRow {
  /** -1 when the row has no line of A. */
  a: number;
  /** -1 when the row has no line of B. */
  b: number;
  /** 'folded' stands for `folded` unchanged lines left out, starting at lines a and b. */
  kind: 'same' | 'changed' | 'added' | 'removed' | 'folded';
  folded?: number;
}

/**
 * A changed region, as the side-by-side view shows it: the record (array item) or value holding some
 * changes, formatted on both sides and aligned row by row. Only these regions are shown, never two
 * whole documents, so a 20 MB comparison draws as fast as a small one.
 */
export interface DiffRegion {
  /** What the region shows, as people read its path (`/data[id=7]`, `line 12`). */
  title: string;
  /** Where the shown value is in A and in B (absent on a side that lacks it); for text, `/lines/N`. */
  aPath?: string;
  bPath?: string;
  /** For text bodies: the 1-based number of the first line shown on each side. */
  aFirstLine?: number;
  bFirstLine?: number;
  /** The changes shown here (indexes into body.changes), and the rows each spans (first, last). */
  changes: number[];
  spans: [number, number][];
  aLines: string[];
  bLines: string[];
  rows: DiffRow[];
}
