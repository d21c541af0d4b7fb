import { formatSize } from '../format';

/** A highlighted range of the document: a find match, the current match, or the selection. */
export interface RowHighlight {
  from: number;
  to: number;
  kind: 'match' | 'match-active' | 'selection';
}

/** What a folded block's first row says after its text: `… 12 members },`. */
export interface FoldSummary {
  label: string;
  /** The closing bracket and what follows it on its line, when that line is hidden too. */
  closing: string;
}

export interface LargeTextRowProps {
  line: number;
  top: number;
  /** The drawn part of the line: [drawFrom, drawTo) in document offsets, out of [lineStart, lineEnd). */
  text: string;
  drawFrom: number;
  cutBefore: number;
  cutAfter: number;
  highlights: readonly RowHighlight[];
  isCursorLine: boolean;
  /** Whether a block opening on this line can fold, and whether it is folded. */
  fold: 'none' | 'open' | 'folded';
  foldSummary: FoldSummary | undefined;
  onToggleFold: (line: number) => void;
}

/** One line of the large-document view: number, fold toggle, text with highlights. */
export function LargeTextRow(props: LargeTextRowProps) {
  const { line, top, text, drawFrom, cutBefore, cutAfter, fold, foldSummary } = props;
  const number = line + 1;
  return (
    <div
      className={`large-line${props.isCursorLine ? ' large-line-cursor' : ''}`}
      style={{ top }}
      data-line={number}
    >
      <span className="large-line-number">{number}</span>
      <span className="large-fold">
        {fold !== 'none' && (
          <button
            type="button"
            tabIndex={-1}
            className="large-fold-toggle"
            aria-expanded={fold === 'open'}
            aria-label={`${fold === 'open' ? 'Fold' : 'Unfold'} the block on line ${number}`}
            onClick={() => props.onToggleFold(line)}
          >
            {fold === 'open' ? '▾' : '▸'}
          </button>
        )}
      </span>
      {cutBefore > 0 && <span className="large-line-cut">{formatSize(cutBefore)} before … </span>}
      <span className="large-line-text" data-from={drawFrom}>
        {pieces(text, drawFrom, props.highlights)}
      </span>
      {cutAfter > 0 && <span className="large-line-cut"> … {formatSize(cutAfter)} more on this line</span>}
      {foldSummary && (
        <>
          <button
            type="button"
            tabIndex={-1}
            className="fold-placeholder"
            title="Unfold"
            onClick={() => props.onToggleFold(line)}
          >
            … {foldSummary.label}
          </button>
          {foldSummary.closing}
        </>
      )}
    </div>
  );
}

/** The drawn text split around its highlights (which never overlap one another). */
function pieces(text: string, drawFrom: number, highlights: readonly RowHighlight[]) {
  if (highlights.length === 0) return text;
  const parts = [];
  let at = 0;
  for (const h of highlights) {
    const from = Math.max(0, h.from - drawFrom);
    const to = Math.min(text.length, h.to - drawFrom);
    if (to <= at || from >= text.length) continue;
    if (from > at) parts.push(text.slice(at, from));
    parts.push(
      <mark key={h.from} className={`large-${h.kind}`}>
        {text.slice(Math.max(from, at), to)}
      </mark>,
    );
    at = to;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
