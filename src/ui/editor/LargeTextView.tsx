import { useEffect, useImperativeHandle, useLayoutEffect, useState } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import { lineOfOffset, lineToRow, rowToLine, useLineStarts } from '../../state/documentNavigation';
import type { EditorViewProps } from './editorTypes';
import { formatSize } from '../format';
import { countOf } from '../../state/knowledge';
import { LargeTextRows } from './LargeTextRows';
import { offsetAtPointer, firstTokenOffset } from './largeTextPointer';
import { useLineFolding, type LineFolding } from './useLineFolding';
import type { FoldedLines } from '../../core';
import { scrollGeometry, scrollTopPlacing } from './largeTextGeometry';
import { useLargeTextScroll } from './useLargeTextScroll';

/**
 * A read-only view of a document too large for the code editor: only the visible lines are in the
 * DOM, so a 50 MB paste never freezes the tab. Pasting into it replaces the document. With a
 * navigator around it: a cursor (click or arrow keys), find highlights, and folding of JSON blocks.
 */
export function LargeTextView(props: EditorViewProps) {
  const { value, label, navigation } = props;
  // The navigator around the view reads the line index (in the worker); alone, the view reads its own.
  const own = useLineStarts(value, navigation === undefined);
  const starts = navigation ? navigation.starts : own;
  if (!starts) {
    return (
      <p className="large-text-reading busy" role="status" aria-label={label}>
        Reading the lines of {formatSize(value.length)}…
      </p>
    );
  }
  return <LargeTextLines {...props} starts={starts} />;
}

function LargeTextLines({
  value,
  onChange,
  label,
  reveal,
  navigation,
  starts,
}: EditorViewProps & { starts: Uint32Array }) {
  const structure = navigation?.structure;
  const folding = useLineFolding(value, starts, structure);
  const scroll = useLargeTextScroll(folding.folds.rowCount);
  const { scroller, geometry, viewHeight } = scroll;
  const [cursor, setCursor] = useState<{ offset: number; selection?: { from: number; to: number } }>();
  const [revealCount, setRevealCount] = useState(0);

  const moveCursor = (offset: number, selection?: { from: number; to: number }) => {
    setCursor(selection ? { offset, selection } : { offset });
    navigation?.onCursor(offset);
  };
  const currentTop = () => scroller.current?.scrollTop ?? scroll.scrollTop;

  /** Scrolls so `offset` is in view (centred when it was out of view), unfolding what hides it. */
  const scrollTo = (offset: number) => {
    const folds = folding.reveal(offset);
    const row = lineToRow(folds, lineOfOffset(starts, offset));
    const shown = scrollGeometry(folds.rowCount, viewHeight, currentTop()).scrollTopToShow(row, currentTop());
    if (shown !== undefined) scroll.scrollToTop(shown);
    setRevealCount((n) => n + 1);
  };

  /**
   * Folds or unfolds, keeping the cursor's line where it is on screen (or, with the cursor out of
   * view, the top line): folding thousands of blocks must not throw the reader elsewhere.
   */
  const keepPlace = (change: () => FoldedLines): FoldedLines => {
    const top = currentTop();
    const before = scrollGeometry(folding.folds.rowCount, viewHeight, top);
    const cursorRow = cursor ? lineToRow(folding.folds, lineOfOffset(starts, cursor.offset)) : -1;
    const onScreen = cursorRow >= 0 && before.scrollTopToShow(cursorRow, top) === undefined;
    const anchorRow = onScreen ? cursorRow : before.firstVisibleRow;
    const anchorLine = rowToLine(folding.folds, anchorRow);
    const folds = change();
    const row = lineToRow(folds, anchorLine);
    scroll.scrollToTop(scrollTopPlacing(folds.rowCount, viewHeight, row, before.topOfRow(anchorRow) - top));
    return folds;
  };
  const rowsFolding: LineFolding = { ...folding, toggle: (c) => keepPlace(() => folding.toggle(c)) };

  useImperativeHandle(navigation?.handleRef, () => ({
    select: (start, end) => {
      moveCursor(start, { from: start, to: end });
      scrollTo(start);
    },
    foldAtDepth: (depth) => void keepPlace(() => folding.foldAtDepth(depth, cursor?.offset ?? -1)),
    unfoldAll: () => void keepPlace(() => folding.unfoldAll()),
    openOwnFind: () => false,
    focus: () => scroller.current?.focus(),
  }));

  useEffect(() => {
    if (!reveal) return;
    const line = Math.min(Math.max(1, reveal.line), starts.length) - 1;
    const offset = Math.min((starts[line] ?? 0) + reveal.column - 1, value.length);
    moveCursor(offset);
    scrollTo(offset);
    // Only a new reveal request moves the cursor; the document changing does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reveal]);

  // After a jump, bring the highlighted text into view sideways too (long lines scroll horizontally).
  useLayoutEffect(() => {
    if (revealCount === 0) return;
    const mark = scroller.current?.querySelector('.large-selection, .large-match-active');
    mark?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [revealCount, scroller]);

  const onMouseUp = (event: MouseEvent<HTMLDivElement>) => {
    const offset = offsetAtPointer(event.target, value, starts);
    if (offset !== undefined) moveCursor(offset);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = cursor?.offset;
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.shiftKey && (event.code === 'BracketLeft' || event.code === 'BracketRight')) {
      event.preventDefault();
      if (at === undefined) return;
      const next = firstTokenOffset(value, starts, lineOfOffset(starts, at) + 1);
      keepPlace(() => (event.code === 'BracketLeft' ? folding.foldAround(at) : folding.reveal(next)));
      return;
    }
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !mod && at !== undefined) {
      event.preventDefault();
      const row = lineToRow(folding.folds, lineOfOffset(starts, at)) + (event.key === 'ArrowDown' ? 1 : -1);
      if (row < 0 || row >= folding.folds.rowCount) return;
      const offset = firstTokenOffset(value, starts, rowToLine(folding.folds, row));
      moveCursor(offset);
      scrollTo(offset);
    }
  };

  return (
    <div className="large-text" data-testid={`large-view:${label}`} data-chars={value.length}>
      <p className="notice large-text-notice" role="status">
        Large document ({formatSize(value.length)}, {countOf(starts.length, 'line')}): too large for the code
        editor, so it is shown read-only and without highlighting.
        {onChange ? ' Paste to replace it, or clear it.' : ''}
      </p>
      <div
        ref={scroller}
        className="large-text-scroller"
        role="textbox"
        aria-readonly="true"
        aria-multiline="true"
        aria-label={label}
        tabIndex={0}
        onScroll={(event) => scroll.onScroll(event.currentTarget.scrollTop)}
        onMouseUp={onMouseUp}
        onKeyDown={onKeyDown}
        onPaste={(event) => {
          if (!onChange) return;
          event.preventDefault();
          onChange(event.clipboardData.getData('text/plain'));
        }}
      >
        <div className="large-text-content" style={{ height: geometry.contentHeight }}>
          <LargeTextRows
            text={value}
            starts={starts}
            geometry={geometry}
            folding={rowsFolding}
            structure={structure}
            cursor={cursor}
            highlights={navigation?.highlights}
          />
        </div>
      </div>
    </div>
  );
}
