import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { scrollGeometry, type ScrollGeometry } from './largeTextGeometry';

export interface LargeTextScroll {
  /** The scrolling element (the view's text box). */
  scroller: RefObject<HTMLDivElement | null>;
  geometry: ScrollGeometry;
  viewHeight: number;
  /** The scroll position as the view knows it (the element's, or one asked for and not drawn yet). */
  scrollTop: number;
  /** Asks for a scroll position: the element follows once the rows for it are drawn. */
  scrollToTop: (top: number) => void;
  onScroll: (top: number) => void;
}

/**
 * The large view's scroll state. Positions the code asks for go through state and reach the element
 * after the render, so a position past the old content's end (after unfolding) is not clamped.
 */
export function useLargeTextScroll(rowCount: number): LargeTextScroll {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);
  const geometry = scrollGeometry(rowCount, viewHeight, scrollTop);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    setViewHeight(element.clientHeight || 600);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => setViewHeight(element.clientHeight || 600));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && Math.abs(element.scrollTop - scrollTop) > 1) element.scrollTop = scrollTop;
  }, [scrollTop, geometry.contentHeight]);

  return { scroller, geometry, viewHeight, scrollTop, scrollToTop: setScrollTop, onScroll: setScrollTop };
}
