import type { JsonStructure } from '../../core';
import { countOf } from '../../state/knowledge';
import {
  foldableOnLine,
  foldOnLine,
  lineBounds,
  lineOfOffset,
  matchesInRange,
  rowToLine,
} from '../../state/documentNavigation';
import type { ScrollGeometry } from './largeTextGeometry';
import { LargeTextRow, type FoldSummary, type RowHighlight } from './LargeTextRow';
import type { FindHighlights } from './navigation/navigationTypes';
import type { LineFolding } from './useLineFolding';

/** Characters drawn of one line; the rest is counted, not drawn (one line can be 50 MB). */
export const MAX_DRAWN_LINE_CHARS = 2_000;

interface LargeTextRowsProps {
  text: string;
  starts: Uint32Array;
  geometry: ScrollGeometry;
  folding: LineFolding;
  structure: JsonStructure | undefined;
  cursor: { offset: number; selection?: { from: number; to: number } } | undefined;
  highlights: FindHighlights | undefined;
}

/** The rows in and around the viewport, each placed at its row's position. */
export function LargeTextRows({
  text,
  starts,
  geometry,
  folding,
  structure,
  cursor,
  highlights,
}: LargeTextRowsProps) {
  const cursorLine = cursor ? lineOfOffset(starts, cursor.offset) : -1;
  const rows = [];
  for (let row = geometry.firstRow; row < geometry.endRow; row++) {
    const line = rowToLine(folding.folds, row);
    const { start, end } = lineBounds(text, starts, line);
    // A long line is drawn from its start, or around the cursor when the cursor is further along.
    const focus = line === cursorLine && cursor ? cursor.offset : start;
    const drawFrom =
      focus - start > MAX_DRAWN_LINE_CHARS - 100 ? Math.max(start, focus - MAX_DRAWN_LINE_CHARS / 2) : start;
    const drawTo = Math.min(end, drawFrom + MAX_DRAWN_LINE_CHARS);
    const container = structure ? foldableOnLine(structure, line) : -1;
    const range = foldOnLine(folding.folds, line);
    rows.push(
      <LargeTextRow
        key={line}
        line={line}
        top={geometry.topOfRow(row)}
        text={text.slice(drawFrom, drawTo)}
        drawFrom={drawFrom}
        cutBefore={drawFrom - start}
        cutAfter={end - drawTo}
        highlights={rowHighlights(drawFrom, drawTo, cursor?.selection, highlights)}
        isCursorLine={line === cursorLine}
        fold={container < 0 ? 'none' : folding.folded.has(container) && range >= 0 ? 'folded' : 'open'}
        foldSummary={range >= 0 ? foldSummary(text, starts, structure, folding, range) : undefined}
        onToggleFold={(l) => {
          const target = structure ? foldableOnLine(structure, l) : -1;
          if (target >= 0) folding.toggle(target);
        }}
      />,
    );
  }
  return <>{rows}</>;
}

/** Find matches overlapping [from, to), and the selection unless a match already covers it. */
function rowHighlights(
  from: number,
  to: number,
  selection: { from: number; to: number } | undefined,
  find: FindHighlights | undefined,
): RowHighlight[] {
  const result: RowHighlight[] = [];
  if (find) {
    const { first, last } = matchesInRange(find.starts, find.ends, from, to);
    for (let i = first; i < last; i++) {
      result.push({
        from: find.starts[i] ?? 0,
        to: find.ends[i] ?? 0,
        kind: i === find.active ? 'match-active' : 'match',
      });
    }
  }
  if (selection && selection.to > from && selection.from < to) {
    const overlaps = result.some((h) => h.from < selection.to && selection.from < h.to);
    if (!overlaps) {
      const end = Math.max(selection.to, selection.from + 1);
      result.push({ from: selection.from, to: end, kind: 'selection' });
      result.sort((a, b) => a.from - b.from);
    }
  }
  return result;
}

/** `12 members }` or `120,000 items ],`: what a folded block hides, and its closing bracket. */
function foldSummary(
  text: string,
  starts: Uint32Array,
  structure: JsonStructure | undefined,
  folding: LineFolding,
  range: number,
): FoldSummary | undefined {
  const container = folding.folds.container[range] ?? -1;
  if (!structure || container < 0) return undefined;
  const isObject = text.charCodeAt(structure.start[container] ?? 0) === 0x7b;
  const size = structure.childCount[container] ?? 0;
  const label = isObject ? countOf(size, 'member') : countOf(size, 'item');
  const endLine = structure.endLine[container] ?? 0;
  const hidesClosing = (folding.folds.to[range] ?? -1) >= endLine;
  if (!hidesClosing) return { label, closing: '' };
  const close = structure.end[container] ?? 0;
  const { end } = lineBounds(text, starts, endLine);
  return { label: `${label} `, closing: text.slice(close, Math.min(end, close + 200)) };
}
