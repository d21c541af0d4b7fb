import type { ResponseDiff, SideNames } from '../../core';
import { statusWord } from '../../state/compareText';
import type { ComparisonCounts } from '../../state/useComparison';
import { CopyReportButton } from './CopyReportButton';

const join = (parts: (string | false)[]): string => parts.filter(Boolean).join(' · ') || 'no differences';

function headerText(h: ComparisonCounts['headers']): string {
  return join([
    h.added > 0 && `${h.added} added`,
    h.removed > 0 && `${h.removed} removed`,
    h.changed > 0 && `${h.changed} changed`,
    h.ignored > 0 && `${h.ignored} ignored`,
  ]);
}

function bodyText(b: ComparisonCounts['body']): string {
  return join([
    b.added > 0 && `${b.added} added`,
    b.removed > 0 && `${b.removed} removed`,
    b.changed > 0 && `${b.changed} changed`,
    b.moved > 0 && `${b.moved} moved`,
    b.ignored > 0 && `${b.ignored} ignored`,
  ]);
}

/** The verdict in one line, then counts per part; the report to copy. */
export function ComparisonSummary({
  diff,
  counts,
  names,
}: {
  diff: ResponseDiff;
  counts: ComparisonCounts;
  names: SideNames;
}) {
  return (
    <section
      className={`card compare-summary ${counts.identical ? 'identical' : 'different'}`}
      aria-label="Summary"
    >
      <div className="toolbar">
        <h3>
          {names.a} vs {names.b}
        </h3>
        <CopyReportButton diff={diff} names={names} />
      </div>
      <p className="summary-line" data-testid="compare-summary">
        {diff.summary}
      </p>
      <dl className="summary-counts">
        <div>
          <dt>Status</dt>
          <dd>
            {counts.status.changed
              ? `${statusWord(counts.status, 'a')} vs ${statusWord(counts.status, 'b')}`
              : 'same'}
          </dd>
        </div>
        <div>
          <dt>Headers</dt>
          <dd>{headerText(counts.headers)}</dd>
        </div>
        <div>
          <dt>Body ({counts.body.label})</dt>
          <dd>{bodyText(counts.body)}</dd>
        </div>
      </dl>
    </section>
  );
}
