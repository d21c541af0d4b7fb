import { parseHttpDate, type HttpDateForm } from './parseHttpDate';

export interface RetryAfter {
  /** Whole or fractional seconds to wait, never negative. */
  waitSeconds: number;
  retryAt: Date;
  form: 'delay-seconds' | 'decimal-seconds' | HttpDateForm;
  /** For an HTTP-date: the date had already passed at the reference time. */
  passed: boolean;
}

/**
 * Reads a Retry-After value (RFC 9110 §10.2.3): delay-seconds or an HTTP-date, the latter measured
 * from `reference` (the response's Date when known). Decimal seconds are not in the grammar but some
 * servers send them; they are read with form 'decimal-seconds' so the caller can say so.
 */
export function parseRetryAfter(value: string, reference: Date): RetryAfter | undefined {
  const text = value.trim();
  const seconds = /^\d+$/.test(text)
    ? 'delay-seconds'
    : /^\d+\.\d+$/.test(text)
      ? 'decimal-seconds'
      : undefined;
  if (seconds) {
    const waitSeconds = Number(text);
    if (!Number.isFinite(waitSeconds)) return undefined;
    const retryAt = new Date(reference.getTime() + waitSeconds * 1000);
    if (Number.isNaN(retryAt.getTime())) return undefined;
    return { waitSeconds, retryAt, form: seconds, passed: false };
  }
  const parsed = parseHttpDate(text, reference.getUTCFullYear());
  if (!parsed) return undefined;
  const delta = (parsed.date.getTime() - reference.getTime()) / 1000;
  return { waitSeconds: Math.max(0, delta), retryAt: parsed.date, form: parsed.form, passed: delta < 0 };
}
