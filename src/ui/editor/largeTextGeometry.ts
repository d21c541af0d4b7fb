/** Fixed row height: it lets the view place any row without measuring the ones above it. */
export const LINE_HEIGHT_PX = 19;
/** Rows drawn above and below the visible ones, so fast scrolling does not show gaps. */
const OVERSCAN_ROWS = 30;
/**
 * Browsers cap an element's height (Chromium near 33.5 M px, Firefox near 17.9 M px). Past this the
 * scroll range is compressed: scrolling moves proportionally through the rows, each still 19 px tall.
 */
export const MAX_CONTENT_HEIGHT_PX = 10_000_000;

export interface ScrollGeometry {
  contentHeight: number;
  /** The first row at least partly in view. */
  firstVisibleRow: number;
  /** Rows to draw: [firstRow, endRow). */
  firstRow: number;
  endRow: number;
  /** Where row `row` is drawn inside the content. */
  topOfRow: (row: number) => number;
  /** The scrollTop that brings `row` into view (centred), or undefined when it is already visible. */
  scrollTopToShow: (row: number, currentScrollTop: number) => number | undefined;
}

/**
 * The virtual scroll of the large view: which rows to draw for a scroll position, and where. Rows
 * map to pixels one to one until the content would pass MAX_CONTENT_HEIGHT_PX, then by a ratio.
 */
export function scrollGeometry(rowCount: number, viewHeight: number, scrollTop: number): ScrollGeometry {
  const contentHeight = Math.min(rowCount * LINE_HEIGHT_PX, MAX_CONTENT_HEIGHT_PX);
  const ratio = scrollRatio(rowCount, viewHeight);
  const virtualTop = (top: number) => top * ratio;
  const firstVisible = Math.floor(virtualTop(scrollTop) / LINE_HEIGHT_PX);
  return {
    contentHeight,
    firstVisibleRow: Math.min(firstVisible, Math.max(0, rowCount - 1)),
    firstRow: Math.max(0, firstVisible - OVERSCAN_ROWS),
    endRow: Math.min(
      rowCount,
      Math.ceil((virtualTop(scrollTop) + viewHeight) / LINE_HEIGHT_PX) + OVERSCAN_ROWS,
    ),
    topOfRow: (row) => scrollTop + row * LINE_HEIGHT_PX - virtualTop(scrollTop),
    scrollTopToShow: (row, current) => {
      const top = row * LINE_HEIGHT_PX - virtualTop(current);
      if (top >= 0 && top + LINE_HEIGHT_PX <= viewHeight) return undefined;
      return Math.max(0, (row * LINE_HEIGHT_PX - viewHeight / 2) / ratio);
    },
  };
}

/** Virtual pixels per scrolled pixel: 1 until the content would pass MAX_CONTENT_HEIGHT_PX. */
function scrollRatio(rowCount: number, viewHeight: number): number {
  const fullHeight = rowCount * LINE_HEIGHT_PX;
  const contentHeight = Math.min(fullHeight, MAX_CONTENT_HEIGHT_PX);
  return contentHeight > viewHeight
    ? Math.max(1, (fullHeight - viewHeight) / (contentHeight - viewHeight))
    : 1;
}

/** The scrollTop that draws `row` `viewOffset` pixels below the top of the view, for `rowCount` rows. */
export function scrollTopPlacing(
  rowCount: number,
  viewHeight: number,
  row: number,
  viewOffset: number,
): number {
  return Math.max(0, (row * LINE_HEIGHT_PX - viewOffset) / scrollRatio(rowCount, viewHeight));
}
