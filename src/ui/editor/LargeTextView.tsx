import { useEffect, useMemo, useRef, useState } from 'react';
import type { CodeEditorProps } from './editorTypes';
import { lineStarts, lineText } from './lineIndex';
import { formatSize } from '../format';

/** Fixed row height: it lets the view place any line without measuring the ones above it. */
const LINE_HEIGHT_PX = 19;
/** Rows drawn above and below the visible ones, so fast scrolling does not show gaps. */
const OVERSCAN_LINES = 30;
/** Characters drawn of one line; the rest is counted, not drawn (one line can be 50 MB). */
const MAX_DRAWN_LINE_CHARS = 2_000;

/**
 * A read-only view of a document too large for the code editor: only the visible lines are in the
 * DOM, so a 50 MB paste never freezes the tab. Pasting into it replaces the document.
 */
export function LargeTextView({ value, onChange, label, reveal }: CodeEditorProps) {
  const starts = useMemo(() => lineStarts(value), [value]);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    setViewHeight(element.clientHeight || 600);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => setViewHeight(element.clientHeight || 600));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (reveal && scroller.current)
      scroller.current.scrollTop = Math.max(0, (reveal.line - 5) * LINE_HEIGHT_PX);
  }, [reveal]);

  const first = Math.max(0, Math.floor(scrollTop / LINE_HEIGHT_PX) - OVERSCAN_LINES);
  const last = Math.min(starts.length, Math.ceil((scrollTop + viewHeight) / LINE_HEIGHT_PX) + OVERSCAN_LINES);
  const rows = [];
  for (let index = first; index < last; index++) {
    const line = lineText(value, starts, index, MAX_DRAWN_LINE_CHARS);
    rows.push(
      <div key={index} className="large-line" style={{ top: index * LINE_HEIGHT_PX }}>
        <span className="large-line-number">{index + 1}</span>
        <span className="large-line-text">{line.text}</span>
        {line.cut > 0 && <span className="large-line-cut"> … {formatSize(line.cut)} more on this line</span>}
      </div>,
    );
  }

  return (
    <div className="large-text" data-testid={`large-view:${label}`} data-chars={value.length}>
      <p className="notice" role="status">
        This document ({formatSize(value.length)}, {starts.length.toLocaleString('en')} lines) is too large
        for the code editor to stay responsive: it is shown read-only, without highlighting.
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
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        onPaste={(event) => {
          if (!onChange) return;
          event.preventDefault();
          onChange(event.clipboardData.getData('text/plain'));
        }}
      >
        <div className="large-text-content" style={{ height: starts.length * LINE_HEIGHT_PX }}>
          {rows}
        </div>
      </div>
    </div>
  );
}
