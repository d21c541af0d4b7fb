import type { BodyChange, DiffRegion, DiffRow, SideNames } from '../../core';
import { HEADER_PX, LINE_PX, rowTops } from './regionLayout';

interface RegionBlockProps {
  region: DiffRegion;
  changes: readonly BodyChange[];
  names: SideNames;
  /** Offset of the region in the scroll area, and the visible stretch relative to it. */
  top: number;
  visibleFrom: number;
  visibleTo: number;
  stacked: boolean;
  /** Rows of the selected change (first, last), when it is in this region. */
  focus: [number, number] | undefined;
}

const MARK: Record<DiffRow['kind'], string> = {
  same: ' ',
  changed: '~',
  added: '+',
  removed: '−',
  folded: '⋯',
};

/** How many changes of each kind the region shows: "moved · 2 changed". */
function kindsOf(region: DiffRegion, changes: readonly BodyChange[]): string[] {
  const counts = new Map<string, number>();
  for (const k of region.changes) {
    const kind = changes[k]?.change ?? 'changed';
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, count]) => (count > 1 ? `${count} ${kind}` : kind));
}

function Places({ region, names }: { region: DiffRegion; names: SideNames }) {
  const place = (path: string | undefined): string => (path === '' ? '(root)' : (path ?? ''));
  if (region.aFirstLine !== undefined && region.bFirstLine !== undefined) {
    return (
      <span className="sbs-places">
        <span>
          {names.a} from line {region.aFirstLine}
        </span>
        <span>
          {names.b} from line {region.bFirstLine}
        </span>
      </span>
    );
  }
  if (region.aPath !== undefined && region.aPath === region.bPath) {
    return (
      <span className="sbs-places">
        <span>
          at <code>{place(region.aPath)}</code> on both sides
        </span>
      </span>
    );
  }
  return (
    <span className="sbs-places">
      {region.aPath !== undefined ? (
        <span className="side-a-name">
          {names.a}: <code>{place(region.aPath)}</code>
        </span>
      ) : (
        <span className="muted">not in {names.a}</span>
      )}
      {region.bPath !== undefined ? (
        <span className="side-b-name">
          {names.b}: <code>{place(region.bPath)}</code>
        </span>
      ) : (
        <span className="muted">not in {names.b}</span>
      )}
    </span>
  );
}

function Line({
  side,
  text,
  number,
  mark,
}: {
  side: 'a' | 'b';
  text: string | undefined;
  number?: number;
  mark: string;
}) {
  return (
    <div className={`sbs-cell side-${side}${text === undefined ? ' empty' : ''}`} title={text}>
      {number !== undefined && <span className="sbs-number">{number}</span>}
      <span className="sbs-mark" aria-hidden="true">
        {text === undefined ? '' : mark}
      </span>
      <span className="sbs-text">{text}</span>
    </div>
  );
}

/** One changed region: its heading, then its rows (only those on screen are drawn). */
export function RegionBlock({
  region,
  changes,
  names,
  top,
  visibleFrom,
  visibleTo,
  stacked,
  focus,
}: RegionBlockProps) {
  const tops = rowTops(region, stacked);
  const rows = [];
  for (let k = 0; k < region.rows.length; k++) {
    const rowTop = HEADER_PX + (tops[k] ?? 0);
    if (rowTop + LINE_PX * 2 < visibleFrom) continue;
    if (rowTop > visibleTo) break;
    const row = region.rows[k] as DiffRow;
    const a = row.a >= 0 ? region.aLines[row.a] : undefined;
    const b = row.b >= 0 ? region.bLines[row.b] : undefined;
    const numberA = region.aFirstLine !== undefined && row.a >= 0 ? region.aFirstLine + row.a : undefined;
    const numberB = region.bFirstLine !== undefined && row.b >= 0 ? region.bFirstLine + row.b : undefined;
    const focused = focus !== undefined && k >= focus[0] && k <= focus[1];
    const mark = MARK[row.kind];
    rows.push(
      <div
        key={k}
        className={`sbs-row kind-${row.kind}${focused ? ' focused' : ''}`}
        style={{ top: rowTop }}
        data-kind={row.kind}
      >
        {row.kind === 'folded' ? (
          <div className="sbs-folded">
            ⋯ {(row.folded ?? 0).toLocaleString('en')} unchanged line{row.folded === 1 ? '' : 's'}
          </div>
        ) : stacked ? (
          <>
            {row.kind === 'same' && <Line side="b" text={b ?? a} number={numberB} mark=" " />}
            {(row.kind === 'changed' || row.kind === 'removed') && (
              <Line side="a" text={a} number={numberA} mark="−" />
            )}
            {(row.kind === 'changed' || row.kind === 'added') && (
              <Line side="b" text={b} number={numberB} mark="+" />
            )}
          </>
        ) : (
          <>
            <Line side="a" text={a} number={numberA} mark={mark} />
            <Line side="b" text={b} number={numberB} mark={mark} />
          </>
        )}
      </div>,
    );
  }
  const moved = region.changes.some((k) => changes[k]?.change === 'moved');
  return (
    <div
      className={`sbs-region${moved ? ' moved' : ''}${focus ? ' focused-region' : ''}`}
      style={{ top, height: HEADER_PX + (tops[region.rows.length] ?? 0) }}
      data-testid="diff-region"
      data-a-path={region.aPath}
      data-b-path={region.bPath}
      role="group"
      aria-label={region.title}
    >
      <div className="sbs-header" style={{ height: HEADER_PX }}>
        <div className="sbs-title">
          <code>{region.title}</code>
          {kindsOf(region, changes).map((kind) => (
            <span key={kind} className={`change-badge change-${kind.split(' ').at(-1) ?? kind}`}>
              {kind}
            </span>
          ))}
        </div>
        <Places region={region} names={names} />
      </div>
      {rows}
    </div>
  );
}
