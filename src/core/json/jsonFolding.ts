import { countWhile } from './countWhile';
import type { JsonStructure } from './jsonStructure';
import { closesBefore, lastOpenedAtOrBefore } from './jsonStructureLookup';

/**
 * Folding over a JsonStructure: which containers can fold, which to fold for "fold at depth N", and
 * the mapping between the rows a folded view draws and the document's lines.
 */

/** A container spanning several lines folds: its first line stays, the lines below it are hidden. */
export function isFoldable(structure: JsonStructure, i: number): boolean {
  return (structure.endLine[i] ?? -1) > (structure.startLine[i] ?? 0);
}

/** The outermost foldable container opening on `line` (0-based), or -1. */
export function foldableOnLine(structure: JsonStructure, line: number): number {
  const low = countWhile(structure.count, (i) => (structure.startLine[i] ?? 0) < line);
  for (let i = low; i < structure.count && structure.startLine[i] === line; i++) {
    if (isFoldable(structure, i)) return i;
  }
  return -1;
}

/** The innermost foldable container holding `offset`, or -1: what "fold" folds at the cursor. */
export function foldableAt(structure: JsonStructure, offset: number): number {
  let i = lastOpenedAtOrBefore(structure, offset);
  while (i >= 0 && (closesBefore(structure, i, offset) || !isFoldable(structure, i)))
    i = structure.parent[i] ?? -1;
  return i;
}

/**
 * The foldable containers at `depth` (1 = the members or items of the top-level value), except those
 * holding `keepOffset`: as in VS Code's "Fold Level", the block with the cursor stays open.
 */
export function foldableAtDepth(structure: JsonStructure, depth: number, keepOffset = -1): number[] {
  const result: number[] = [];
  for (let i = 0; i < structure.count; i++) {
    if (structure.depth[i] !== depth || !isFoldable(structure, i)) continue;
    const start = structure.start[i] ?? 0;
    if (keepOffset >= start && !closesBefore(structure, i, keepOffset)) continue;
    result.push(i);
  }
  return result;
}

/** The deepest nesting of foldable containers, for offering "fold at depth" choices. */
export function deepestFoldableDepth(structure: JsonStructure): number {
  let deepest = 0;
  for (let i = 0; i < structure.count; i++) {
    const depth = structure.depth[i] ?? 0;
    if (depth > deepest && isFoldable(structure, i)) deepest = depth;
  }
  return deepest;
}

/**
 * Lines hidden by folded containers, as sorted, non-overlapping ranges, with the running count of
 * hidden lines in front of each range so rows and lines convert by binary search.
 */
export interface FoldedLines {
  /** First and last hidden line (0-based, inclusive) of each range. */
  from: Int32Array;
  to: Int32Array;
  /** Hidden lines in the ranges before this one. */
  hiddenBefore: Int32Array;
  /** The folded container behind each range. */
  container: Int32Array;
  /** Rows left to draw. */
  rowCount: number;
}

/**
 * Hides the lines below the first line of each folded container, through its closing bracket when
 * that stands alone on its line (the fold's first row then shows the closing bracket), else up to the
 * line before it. A folded container inside another folded one adds nothing.
 *
 * `lineStart(line)` is the offset where a line starts (lineStarts from lineIndex).
 */
export function foldLines(
  structure: JsonStructure,
  folded: Iterable<number>,
  text: string,
  lineStart: (line: number) => number,
  lineCount: number,
): FoldedLines {
  // A typed array sorts numerically, and fast: "fold at depth" can fold a hundred thousand blocks.
  const order = Int32Array.from(folded).sort();
  const from: number[] = [];
  const to: number[] = [];
  const container: number[] = [];
  let lastHidden = -1;
  for (const i of order) {
    if (!isFoldable(structure, i)) continue;
    const first = (structure.startLine[i] ?? 0) + 1;
    const last = closesAlone(structure, i, text, lineStart)
      ? (structure.endLine[i] ?? 0)
      : (structure.endLine[i] ?? 0) - 1;
    // Skip a fold inside one already folded, or whose own first line another fold hides.
    if (first - 1 <= lastHidden || last < first) continue;
    from.push(first);
    to.push(last);
    container.push(i);
    lastHidden = last;
  }
  const hiddenBefore = new Int32Array(from.length);
  let hidden = 0;
  for (let r = 0; r < from.length; r++) {
    hiddenBefore[r] = hidden;
    hidden += (to[r] ?? 0) - (from[r] ?? 0) + 1;
  }
  return {
    from: Int32Array.from(from),
    to: Int32Array.from(to),
    hiddenBefore,
    container: Int32Array.from(container),
    rowCount: lineCount - hidden,
  };
}

/** True when only whitespace precedes the closing bracket of container i on its line. */
export function closesAlone(
  structure: JsonStructure,
  i: number,
  text: string,
  lineStart: (line: number) => number,
): boolean {
  const end = structure.end[i] ?? -1;
  if (end < 0) return false;
  for (let p = lineStart(structure.endLine[i] ?? 0); p < end; p++) {
    const c = text.charCodeAt(p);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/** The last range starting at or before row `row` in row space, or -1. */
function rangeBeforeRow(folds: FoldedLines, row: number): number {
  return countWhile(folds.from.length, (i) => (folds.from[i] ?? 0) - (folds.hiddenBefore[i] ?? 0) <= row) - 1;
}

/** The document line drawn on row `row`. */
export function rowToLine(folds: FoldedLines, row: number): number {
  const r = rangeBeforeRow(folds, row);
  if (r < 0) return row;
  return row + (folds.hiddenBefore[r] ?? 0) + (folds.to[r] ?? 0) - (folds.from[r] ?? 0) + 1;
}

/** The row showing `line`; a hidden line maps to the row of the folded container's first line. */
export function lineToRow(folds: FoldedLines, line: number): number {
  const r = countWhile(folds.from.length, (i) => (folds.from[i] ?? 0) <= line) - 1;
  if (r < 0) return line;
  const from = folds.from[r] ?? 0;
  const before = folds.hiddenBefore[r] ?? 0;
  if (line <= (folds.to[r] ?? 0)) return from - 1 - before;
  return line - before - ((folds.to[r] ?? 0) - from + 1);
}

/** The folded range whose first row is `row`'s line (the line before it hides), or -1. */
export function foldOnLine(folds: FoldedLines, line: number): number {
  // A range hides the lines after its block's first line: that line is `from - 1`.
  const i = countWhile(folds.from.length, (r) => (folds.from[r] ?? 0) - 1 < line);
  return (folds.from[i] ?? 0) - 1 === line && i < folds.from.length ? i : -1;
}
