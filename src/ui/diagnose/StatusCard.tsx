import type { HttpResponse, ResponseVerdict, StatusInfo } from '../../core';
import { categoryLabel } from '../../state/knowledge';
import { categoryClass } from './categoryClass';
import { VerdictLine } from './VerdictLine';

/** What stands against the sent phrase: the registered name, a vendor's name, or that there is none. */
function reasonWords(status: StatusInfo): string {
  if (status.registered) return `the registered name is “${status.name}”.`;
  if (status.known)
    return `${status.vendor ?? 'its vendor'} calls it “${status.name}” (not IANA-registered).`;
  if (status.category === 'invalid') return `${status.code} is not a valid HTTP status, so it has no name.`;
  return `${status.code} has no registered name; only its class is certain.`;
}

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
  const sentReason = response.reason.trim();
  const reasonDiffers = sentReason !== '' && sentReason.toLowerCase() !== status.name.toLowerCase();
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
      {reasonDiffers && (
        <p className="status-reason">
          The server sent the reason phrase “{sentReason}”; {reasonWords(status)} Clients must ignore the
          phrase: only the number counts.
        </p>
      )}
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
