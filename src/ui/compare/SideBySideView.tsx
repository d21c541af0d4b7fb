import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { BodyChange, DiffRegion, SideNames } from '../../core';
import { RegionBlock } from './RegionBlock';
import { layoutRegions, LINE_PX, regionAt, regionOfChange, rowTops } from './regionLayout';

/** Below this width the two sides are written one above the other. */
const STACK_BELOW_PX = 640;
/** Pixels drawn above and below the visible part, so fast scrolling does not show gaps. */
const OVERSCAN_PX = 600;
/** Rows of context left above a revealed change. */
const REVEAL_MARGIN_LINES = 2;

/** The change to show, and a new object each time it is asked for (clicking it again scrolls again). */
export interface ChangeSelection {
  change: number;
}

interface SideBySideViewProps {
  regions: readonly DiffRegion[];
  changes: readonly BodyChange[];
  names: SideNames;
  selected: ChangeSelection | undefined;
}

/**
 * The changed regions of both bodies, A and B side by side (one above the other in narrow windows),
 * virtualised: only the regions and rows on screen are in the DOM, so 20 MB bodies with thousands of
 * changes scroll like a small pair. Selecting a change scrolls to it and marks its rows on both sides.
 */
export function SideBySideView({ regions, changes, names, selected }: SideBySideViewProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [size, setSize] = useState({ width: 1000, height: 480 });

  useEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    const measure = (): void =>
      setSize({ width: element.clientWidth || 1000, height: element.clientHeight || 480 });
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const stacked = size.width < STACK_BELOW_PX;
  const layout = useMemo(() => layoutRegions(regions, stacked), [regions, stacked]);
  const regionIndex = useMemo(() => regionOfChange(regions), [regions]);
  const focusRegion = selected ? regionIndex.get(selected.change) : undefined;
  const focusRegionData = focusRegion === undefined ? undefined : regions[focusRegion];
  const focusSpan = focusRegionData?.spans[focusRegionData.changes.indexOf(selected?.change ?? -1)];

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || focusRegion === undefined || !focusRegionData) return;
    const regionTop = layout.top[focusRegion] ?? 0;
    const rowTop = rowTops(focusRegionData, layout.stacked)[focusSpan?.[0] ?? 0] ?? 0;
    const target = rowTop > size.height / 2 ? regionTop + rowTop - REVEAL_MARGIN_LINES * LINE_PX : regionTop;
    element.scrollTop = target;
    setScrollTop(element.scrollTop);
    element.scrollIntoView?.({ block: 'nearest' });
    // Only a new selection scrolls; later layout changes keep the user's position.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected]);

  const from = Math.max(0, scrollTop - OVERSCAN_PX);
  const to = scrollTop + size.height + OVERSCAN_PX;
  const blocks = [];
  for (let r = regions.length === 0 ? 0 : regionAt(layout, from); r < regions.length; r++) {
    const top = layout.top[r] ?? 0;
    if (top > to) break;
    const region = regions[r] as DiffRegion;
    blocks.push(
      <RegionBlock
        key={r}
        region={region}
        changes={changes}
        names={names}
        top={top}
        stacked={stacked}
        visibleFrom={from - top}
        visibleTo={to - top}
        focus={r === focusRegion ? focusSpan : undefined}
      />,
    );
  }

  return (
    <div
      ref={scroller}
      className={`sbs-scroller${stacked ? ' stacked' : ''}`}
      data-testid="side-by-side"
      tabIndex={0}
      role="group"
      aria-label={`Changed regions, ${names.a} and ${names.b}`}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div className="sbs-content" style={{ height: layout.top[regions.length] ?? 0 }}>
        {blocks}
      </div>
    </div>
  );
}
