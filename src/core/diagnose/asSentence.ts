/** Ends a quoted message with a full stop when it has no closing punctuation, so sentences can follow it. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]["”')\]]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Joins messages into one sentence, "a; b; c.": each message's own final full stop is dropped (an
 * ellipsis is kept), so "Email is invalid." does not become "Email is invalid.;".
 */
export function joinAsSentence(parts: readonly string[]): string {
  return asSentence(parts.map((part) => part.trim().replace(/(?<!\.)\.$/, '')).join('; '));
}
