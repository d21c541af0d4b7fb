import type { Problem, Severity } from '../types';
import { MAX_PROBLEMS } from './limits';

/**
 * Collects parse problems with a cap: a paste with a million header-less lines must not produce a
 * million warnings. The same message on the same line is reported once.
 */
export class ProblemList {
  private readonly items: Problem[] = [];
  private readonly seen = new Set<string>();
  private dropped = 0;

  add(severity: Severity, message: string, line?: number): void {
    if (this.items.length >= MAX_PROBLEMS) {
      this.dropped += 1;
      return;
    }
    const key = `${severity}|${line ?? ''}|${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(line === undefined ? { severity, message } : { severity, message, line });
  }

  hasErrors(): boolean {
    return this.items.some((p) => p.severity === 'error');
  }

  toArray(): Problem[] {
    if (this.dropped === 0) return [...this.items];
    const more = this.dropped === 1 ? '1 more problem was' : `${this.dropped} more problems were`;
    return [...this.items, { severity: 'info', message: `${more} found but not listed.` }];
  }
}
