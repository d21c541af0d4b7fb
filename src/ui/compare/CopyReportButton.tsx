import type { ResponseDiff, SideNames } from '../../core';
import { describeStatus } from '../../state/knowledge';
import { formatComparisonReport } from '../../state/compareText';
import { CopyTextButton } from '../common/CopyTextButton';

const statusName = (code: number) => (code === 0 ? 'no status line' : describeStatus(code).name);

/** Copies a plain-text report of the comparison with credentials masked. */
export function CopyReportButton({ diff, names }: { diff: ResponseDiff; names: SideNames }) {
  return (
    <CopyTextButton
      source={diff}
      makeText={() =>
        formatComparisonReport(diff, names, { a: statusName(diff.status.a), b: statusName(diff.status.b) })
      }
      label="Copy summary"
      title="Plain text for a ticket; credentials are masked"
      copiedMessage="Copied (credentials masked)"
      fallbackLabel="Comparison summary"
      shortcut="copy-report"
    />
  );
}
