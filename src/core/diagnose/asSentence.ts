/** Ends a quoted message with a full stop when it has no closing punctuation, so sentences can follow it. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]["”')\]]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
