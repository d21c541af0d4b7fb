/**
 * Whether an input change starts a new paste (a new history entry) or edits the current one.
 * Typing, deleting a block or pasting into the text edit it; replacing a text with a different one
 * (select all and paste, open a file, Format) starts a new entry, so the old paste stays in the
 * history. When in doubt it answers "new": an extra entry costs nothing, a lost paste does.
 */

/** Characters both removed and inserted by one change that make it a replacement, not an edit. */
export const REPLACEMENT_MIN_CHARS = 32;
/** Longer texts are compared by their ends only: a per-keystroke scan of megabytes would lag. */
const FULL_COMPARE_MAX_CHARS = 1_000_000;
const ENDS_CHARS = 200;

const isBlank = (text: string): boolean => !/\S/.test(text);

function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, prefix: number): number {
  const max = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

export function isNewDocument(previous: string, next: string): boolean {
  if (previous === next) return false;
  if (isBlank(previous)) return true;
  if (previous.length > FULL_COMPARE_MAX_CHARS || next.length > FULL_COMPARE_MAX_CHARS) {
    return (
      previous.slice(0, ENDS_CHARS) !== next.slice(0, ENDS_CHARS) &&
      previous.slice(-ENDS_CHARS) !== next.slice(-ENDS_CHARS)
    );
  }
  const prefix = commonPrefix(previous, next);
  const suffix = commonSuffix(previous, next, prefix);
  const removed = previous.length - prefix - suffix;
  const inserted = next.length - prefix - suffix;
  return removed >= REPLACEMENT_MIN_CHARS && inserted >= REPLACEMENT_MIN_CHARS;
}
