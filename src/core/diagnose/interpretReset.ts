import { parseHttpDate } from './parseHttpDate';

/** How a reset value was read. */
export type ResetInterpretation = 'delta-seconds' | 'epoch-seconds' | 'epoch-milliseconds' | 'date';

export interface ResetReading {
  /** Seconds from the reference time until the reset; 0 when it already passed. */
  seconds: number;
  at: Date;
  interpretation: ResetInterpretation;
  /** The reset moment lies before the reference time. */
  passed: boolean;
}

/**
 * A number at least this large is a Unix time in seconds, never a delay: 10^9 seconds is 31 years,
 * and as a time it is September 2001, before any rate-limited API sent it. Smaller numbers are delays.
 * The choice depends on the number alone, not on the clock, so a reset pasted months later (or with
 * no Date header) is still read as the moment it names, and said to have passed.
 */
export const EPOCH_SECONDS_MIN = 1e9;
/** From here on the number is a Unix time in milliseconds (10^12 ms is September 2001 again). */
export const EPOCH_MILLISECONDS_MIN = 1e12;

const NUMBER = /^\d+(?:\.\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

function reading(at: Date, reference: Date, interpretation: ResetInterpretation): ResetReading | undefined {
  if (Number.isNaN(at.getTime())) return undefined;
  const delta = (at.getTime() - reference.getTime()) / 1000;
  return { seconds: Math.max(0, delta), at, interpretation, passed: delta < 0 };
}

/**
 * Reads a rate-limit reset value. Vendors disagree on the unit (GitHub: Unix seconds; Reddit and the
 * IETF drafts: seconds from now; some gateways: Unix milliseconds; Atlassian: an ISO date), so a number
 * is read by its magnitude: from 10^12 Unix milliseconds, from 10^9 Unix seconds, below that a delay.
 * `delta` says the header is defined as a delay; a number too large for one is still read as a time.
 */
export function interpretReset(value: string, reference: Date, delta = false): ResetReading | undefined {
  const text = value.trim();
  if (NUMBER.test(text)) {
    const n = Number(text);
    if (n >= EPOCH_MILLISECONDS_MIN) return reading(new Date(n), reference, 'epoch-milliseconds');
    if (n >= EPOCH_SECONDS_MIN) return reading(new Date(n * 1000), reference, 'epoch-seconds');
    return reading(new Date(reference.getTime() + n * 1000), reference, 'delta-seconds');
  }
  if (delta) return undefined;
  if (ISO_DATE.test(text)) return reading(new Date(text), reference, 'date');
  const http = parseHttpDate(text, reference.getUTCFullYear());
  return http ? reading(http.date, reference, 'date') : undefined;
}

/** The interpretation in words, with the reason for it, for the finding's detail. */
export const RESET_INTERPRETATION_WORDS: Record<ResetInterpretation, string> = {
  'delta-seconds': 'seconds from now (a number this small cannot be a Unix time)',
  'epoch-seconds': 'a Unix time in seconds (a number this large cannot be a delay)',
  'epoch-milliseconds': 'a Unix time in milliseconds',
  date: 'a date',
};
