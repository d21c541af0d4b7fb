import type { ResponseDiff, SideNames } from '../../core';
import { diffToJsonPatch, formatComparisonMarkdown, formatComparisonReport } from '../../state/compareText';
import { CopyTextButton } from '../common/CopyTextButton';

interface CopyFormat {
  label: string;
  title: string;
  copiedMessage: string;
  fallbackLabel: string;
  /** The keyboard shortcut that clicks it (ui/keyboard/shortcuts.ts). */
  shortcut?: string;
  make: (diff: ResponseDiff, names: SideNames) => string;
  /** Whether the format makes sense for this comparison. */
  applies?: (diff: ResponseDiff) => boolean;
}

const FORMATS: readonly CopyFormat[] = [
  {
    label: 'Copy summary',
    title: 'Plain text for a ticket; credentials are masked',
    copiedMessage: 'Copied (credentials masked)',
    fallbackLabel: 'Comparison summary',
    shortcut: 'copy-report',
    make: formatComparisonReport,
  },
  {
    label: 'Copy as Markdown',
    title: 'Markdown tables for a ticket or pull request; credentials are masked',
    copiedMessage: 'Copied as Markdown (credentials masked)',
    fallbackLabel: 'Comparison summary in Markdown',
    make: formatComparisonMarkdown,
  },
  {
    label: 'Copy as JSON Patch',
    title:
      "RFC 6902 operations that turn A's body into B's, values as B wrote them; secret-looking values are masked",
    copiedMessage: 'Copied the JSON Patch (secrets masked)',
    fallbackLabel: 'JSON Patch from A to B',
    make: (diff) => diffToJsonPatch(diff, { maskSecrets: true }),
    applies: (diff) => diff.body.kind === 'json' && diff.body.changes.length > 0,
  },
];

/** Copies the comparison: a plain-text or Markdown report, or the JSON Patch from A's body to B's. */
export function CopyReportButton({ diff, names }: { diff: ResponseDiff; names: SideNames }) {
  return (
    <span className="report-actions">
      {FORMATS.filter((format) => format.applies?.(diff) ?? true).map((format) => (
        <CopyTextButton
          key={format.label}
          source={diff}
          makeText={() => format.make(diff, names)}
          label={format.label}
          title={format.title}
          copiedMessage={format.copiedMessage}
          fallbackLabel={format.fallbackLabel}
          {...(format.shortcut !== undefined && { shortcut: format.shortcut })}
        />
      ))}
    </span>
  );
}
