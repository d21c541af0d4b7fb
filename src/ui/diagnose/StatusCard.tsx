import type { HttpResponse, ResponseVerdict, StatusInfo } from '../../core';
import { categoryLabel, reasonPhraseNote } from '../../state/knowledge';
import { categoryClass } from './categoryClass';
import { VerdictLine } from './VerdictLine';

/**
 * The status at a glance: code, RFC name, class colour, then the verdict for this response (whether and
 * when to retry, and why), the one-line meaning, and the sent reason if it differs.
 */
export function StatusCard({
  status,
  response,
  verdict,
}: {
  status: StatusInfo;
  response: HttpResponse;
  verdict: ResponseVerdict;
}) {
  const reasonNote = reasonPhraseNote(status, response.reason);
  return (
    <article className={`card status-card ${categoryClass(status.category)}`} aria-label="Status">
      <div className="status-line">
        <span className="status-code">{status.code}</span>
        <span className="status-name">{status.name}</span>
        <span className="status-category">{categoryLabel(status.category)}</span>
        {response.httpVersion && <span className="http-version">{response.httpVersion}</span>}
      </div>
      <VerdictLine verdict={verdict} />
      <p className="status-summary">{status.summary}</p>
      {!status.registered && status.vendor && (
        <p className="status-vendor">Not an IANA-registered code: used by {status.vendor}.</p>
      )}
      {reasonNote && <p className="status-reason">{reasonNote}</p>}
      {status.spec && (
        <p className="status-spec">
          <a href={status.spec.url} target="_blank" rel="noopener noreferrer">
            {status.spec.label}
          </a>{' '}
          · <a href={`#/codes/${status.code}`}>full reference</a>
        </p>
      )}
    </article>
  );
}
