import type { StatusInfo } from '../types';

/**
 * A note when the server's reason phrase differs from the registered name ("200 Success" for 200 OK):
 * harmless, since clients must ignore the phrase (RFC 9112 §4), but worth saying so nobody relies on it.
 * Undefined when the phrase is absent (HTTP/2 has none) or matches the name, case aside.
 */
export function reasonPhraseNote(status: StatusInfo, reason: string): string | undefined {
  const sent = reason.trim();
  if (sent === '' || sent.toLowerCase() === status.name.toLowerCase()) return undefined;
  return `The server sent the reason phrase “${sent}”; ${nameWords(status)} Clients must ignore the phrase: only the number counts.`;
}

/** What stands against the sent phrase: the registered name, a vendor's name, or that there is none. */
function nameWords(status: StatusInfo): string {
  if (status.registered) return `the registered name is “${status.name}”.`;
  if (status.known)
    return `${status.vendor ?? 'its vendor'} calls it “${status.name}” (not IANA-registered).`;
  if (status.category === 'invalid') return `${status.code} is not a valid HTTP status, so it has no name.`;
  return `${status.code} has no registered name; only its class is certain.`;
}
