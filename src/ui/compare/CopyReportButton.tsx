import { useState } from 'react';
import type { ResponseDiff, SideNames } from '../../core';
import { describeStatus } from '../../state/knowledge';
import { formatComparisonReport } from '../../state/compareText';

/** The outcome of the last copy, for the diff it was made from (a newer comparison hides it). */
type CopyState =
  | { kind: 'idle' }
  | { kind: 'copied'; of: ResponseDiff }
  | { kind: 'failed'; of: ResponseDiff; text: string };

/** Copies a plain-text report with credentials masked; shows it for manual copy if the clipboard refuses. */
export function CopyReportButton({ diff, names }: { diff: ResponseDiff; names: SideNames }) {
  const [last, setState] = useState<CopyState>({ kind: 'idle' });
  const state: CopyState = last.kind !== 'idle' && last.of === diff ? last : { kind: 'idle' };

  const copy = async () => {
    const statusName = (code: number) => (code === 0 ? 'no status line' : describeStatus(code).name);
    const text = formatComparisonReport(diff, names, {
      a: statusName(diff.status.a),
      b: statusName(diff.status.b),
    });
    try {
      await navigator.clipboard.writeText(text);
      setState({ kind: 'copied', of: diff });
    } catch {
      setState({ kind: 'failed', of: diff, text });
    }
  };

  return (
    <>
      <button
        type="button"
        onClick={() => void copy()}
        title="Plain text for a ticket; credentials are masked"
      >
        Copy summary
      </button>
      {state.kind === 'copied' && (
        <span className="copy-status" role="status">
          Copied (credentials masked)
        </span>
      )}
      {state.kind === 'failed' && (
        <div className="copy-fallback">
          <p className="notice" role="status">
            The browser refused the clipboard: select the text below and copy it.
          </p>
          <textarea aria-label="Comparison summary" readOnly value={state.text} rows={8} />
        </div>
      )}
    </>
  );
}
