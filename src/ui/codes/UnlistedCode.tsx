import { describeStatus } from '../../state/knowledge';
import { categoryClass } from '../diagnose/categoryClass';
import { StatusDetails } from './StatusDetails';

/** A whole number that could be typed as a code: 1 to 4 digits. */
const NUMBER = /^\d{1,4}$/;

/**
 * A code the catalogue has no row for, asked for by the route (#/codes/299) or typed in the search:
 * what its class says (RFC 9110 §15: treat it like the x00 of its class), or why it is not a status
 * code at all (600, 999). Nothing for text that is not a number.
 */
export function UnlistedCode({ code }: { code: string }) {
  const trimmed = code.trim();
  if (!NUMBER.test(trimmed)) return null;
  const status = describeStatus(Number(trimmed));
  if (status.known) return null;
  const invalid = status.category === 'invalid';
  return (
    <section
      className={`card unlisted-code ${categoryClass(status.category)}`}
      aria-label={`Status ${status.code}`}
    >
      <h2>
        {status.code}: {invalid ? 'not a valid HTTP status' : `not in the catalogue, so read as its class`}
      </h2>
      <p>{status.summary}</p>
      {invalid ? (
        <p className="muted">
          A number like this comes from a client library, a log field or a site's own convention (LinkedIn
          answers 999 to block scrapers), not from HTTP.
        </p>
      ) : (
        <StatusDetails status={status} />
      )}
    </section>
  );
}
