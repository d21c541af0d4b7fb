import type { BodyChange } from '../types';
import { commonSubsequence, internLines } from './myersDiff';

/**
 * Upper bound on the elementary steps spent aligning two texts. Myers' cost grows with the product of
 * length and number of differences; past this bound the texts are compared position by position instead,
 * which keeps a huge, unrelated pair of bodies from freezing the tab.
 */
export const MAX_LINE_ALIGN_STEPS = 30_000_000;

/** A run of lines only A has next to a run only B has (0-based, end exclusive), and its first change. */
export interface LineGap {
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
  firstChange: number;
}

export interface LineDiff {
  changes: BodyChange[];
  /** Set when something about the comparison itself deserves a word (line endings, alignment given up). */
  note?: string;
  /** The lines of each side and the gaps between their common lines, for the side-by-side view. */
  linesA: readonly string[];
  linesB: readonly string[];
  gaps: LineGap[];
}

const LINE_BREAK = /\r\n|\r|\n/;

/** Pointer-like path of a 1-based line number, as editors number lines. */
const linePath = (index: number): string => `/lines/${index + 1}`;

/** Lines of a text; a final line break does not open an extra empty line. */
function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(LINE_BREAK);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function lineEnding(text: string): string | undefined {
  if (text.includes('\r\n')) return 'CRLF';
  if (text.includes('\n')) return 'LF';
  if (text.includes('\r')) return 'CR';
  return undefined;
}

/**
 * A line-by-line comparison. Paths are `/lines/N` with N 1-based: the line in B for added and changed
 * lines, in A for removed ones; a changed line also carries its A position in `from`.
 */
export function diffLines(aText: string, bText: string, maxSteps = MAX_LINE_ALIGN_STEPS): LineDiff {
  const a = splitLines(aText);
  const b = splitLines(bText);
  const notes: string[] = [];
  const endingA = lineEnding(aText);
  const endingB = lineEnding(bText);
  if (endingA && endingB && endingA !== endingB) {
    notes.push(
      `Line endings differ (A uses ${endingA}, B uses ${endingB}); they are not counted as changes.`,
    );
  }

  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++;
  }
  const aMiddle = a.slice(prefix, a.length - suffix);
  const bMiddle = b.slice(prefix, b.length - suffix);

  const [aIds, bIds] = internLines(aMiddle, bMiddle);

  const changes: BodyChange[] = [];
  const gaps: LineGap[] = [];
  const gap = (aFrom: number, aTo: number, bFrom: number, bTo: number): void => {
    if (aFrom === aTo && bFrom === bTo) return;
    gaps.push({
      aFrom: prefix + aFrom,
      aTo: prefix + aTo,
      bFrom: prefix + bFrom,
      bTo: prefix + bTo,
      firstChange: changes.length,
    });
    emitGap(aMiddle, prefix, aFrom, aTo, bMiddle, prefix, bFrom, bTo, changes);
  };
  const pairs = commonSubsequence(aIds, bIds, maxSteps);
  if (pairs === undefined) {
    notes.push(
      'The texts are too different to align line by line in reasonable time; lines were compared at the same positions.',
    );
    gap(0, aMiddle.length, 0, bMiddle.length);
  } else {
    let i = 0;
    let j = 0;
    for (let p = 0; p <= pairs.length; p += 2) {
      const nextI = pairs[p] ?? aMiddle.length;
      const nextJ = pairs[p + 1] ?? bMiddle.length;
      gap(i, nextI, j, nextJ);
      i = nextI + 1;
      j = nextJ + 1;
    }
  }
  const result = { changes, linesA: a, linesB: b, gaps };
  return notes.length > 0 ? { ...result, note: notes.join(' ') } : result;
}

/** A run of lines only A has next to a run only B has: pair them up as changed, the rest removed/added. */
function emitGap(
  a: readonly string[],
  aOffset: number,
  aFrom: number,
  aTo: number,
  b: readonly string[],
  bOffset: number,
  bFrom: number,
  bTo: number,
  changes: BodyChange[],
): void {
  const paired = Math.min(aTo - aFrom, bTo - bFrom);
  for (let k = 0; k < paired; k++) {
    changes.push({
      path: linePath(bOffset + bFrom + k),
      change: 'changed',
      a: a[aFrom + k] ?? '',
      b: b[bFrom + k] ?? '',
      from: linePath(aOffset + aFrom + k),
    });
  }
  for (let k = aFrom + paired; k < aTo; k++) {
    changes.push({ path: linePath(aOffset + k), change: 'removed', a: a[k] ?? '' });
  }
  for (let k = bFrom + paired; k < bTo; k++) {
    changes.push({ path: linePath(bOffset + k), change: 'added', b: b[k] ?? '' });
  }
}
