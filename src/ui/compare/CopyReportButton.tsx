import type { ResponseDiff, SideNames } from '../../core';
import { describeStatus } from '../../state/knowledge';
import { diffToJsonPatch, formatComparisonMarkdown, formatComparisonReport } from '../../state/compareText';
import { CopyTextButton } from '../common/CopyTextButton';

const statusName = (code: number) => (code === 0 ? 'no status line' : describeStatus(code).name);

/** Copies the comparison: a plain-text or Markdown report, or the JSON Patch from A's body to B's. */
export function CopyReportButton({ diff, names }: { diff: ResponseDiff; names: SideNames }) {
  const statusNames = { a: statusName(diff.status.a), b: statusName(diff.status.b) };
  return (
    <span className="report-actions">
      <CopyTextButton
        source={diff}
        makeText={() => formatComparisonReport(diff, names, statusNames)}
        label="Copy summary"
        title="Plain text for a ticket; credentials are masked"
        copiedMessage="Copied (credentials masked)"
        fallbackLabel="Comparison summary"
      />
      <CopyTextButton
        source={diff}
        makeText={() => formatComparisonMarkdown(diff, names, statusNames)}
        label="Copy as Markdown"
        title="Markdown tables for a ticket or pull request; credentials are masked"
        copiedMessage="Copied as Markdown (credentials masked)"
        fallbackLabel="Comparison summary in Markdown"
      />
      {diff.body.kind === 'json' && diff.body.changes.length > 0 && (
        <CopyTextButton
          source={diff}
          makeText={() => diffToJsonPatch(diff, { maskSecrets: true })}
          label="Copy as JSON Patch"
          title="RFC 6902 operations that turn A's body into B's, values as B wrote them; secret-looking values are masked"
          copiedMessage="Copied the JSON Patch (secrets masked)"
          fallbackLabel="JSON Patch from A to B"
        />
      )}
    </span>
  );
}
