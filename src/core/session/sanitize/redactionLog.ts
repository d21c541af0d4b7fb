import type { Redaction } from '../../types';

/** What the sanitizer put in place of a secret: readable, valid in URLs, headers and cookies, and never masked again. */
export const REDACTED = 'REDACTED';

/** Counts what was removed, by kind and entry, for the summary shown before downloading. */
export class RedactionLog {
  private readonly kinds = new Map<string, { count: number; entries: Set<number> }>();
  /** The entry being sanitized; -1 outside entries (pages). */
  entry = -1;
  total = 0;

  note(what: string): void {
    const kind = this.kinds.get(what) ?? { count: 0, entries: new Set<number>() };
    kind.count++;
    if (this.entry >= 0) kind.entries.add(this.entry);
    this.kinds.set(what, kind);
    this.total++;
  }

  /** Most frequent first. */
  list(): Redaction[] {
    return [...this.kinds]
      .map(([what, k]) => ({ what, count: k.count, entries: [...k.entries].sort((a, b) => a - b) }))
      .sort((a, b) => b.count - a.count || a.what.localeCompare(b.what));
  }
}
