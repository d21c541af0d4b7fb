import { parseHttpDate } from './parseHttpDate';

/** How a reset value was read. */
export type ResetInterpretation = 'delta-seconds' | 'epoch-seconds' | 'epoch-milliseconds' | 'date';

export interface ResetReading {
  /** Seconds from the reference time until the reset; 0 when it already passed. */
  seconds: number;
  at: Date;
  interpretation: ResetInterpretation;
}

/**
 * A Unix timestamp for a reset lies near the response's own time; a delay never reaches this far.
 * Values within this distance of the reference time (either side) are read as timestamps.
 */
export const EPOCH_PROXIMITY_SECONDS = 400 * 24 * 3600;

const NUMBER = /^\d+(?:\.\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

function reading(at: Date, reference: Date, interpretation: ResetInterpretation): ResetReading | undefined {
  if (Number.isNaN(at.getTime())) return undefined;
  return { seconds: Math.max(0, (at.getTime() - reference.getTime()) / 1000), at, interpretation };
}

/**
 * Reads a rate-limit reset value. Vendors disagree on the unit (GitHub: Unix seconds; Reddit and the
 * IETF drafts: seconds from now; some gateways: Unix milliseconds; Atlassian: an ISO date), so a number
 * is read by its magnitude relative to `reference`: close to it in seconds → Unix seconds, close to it
 * in milliseconds → Unix milliseconds, otherwise a delay. `delta` forces the delay reading, for
 * headers whose definition says so.
 */
export function interpretReset(value: string, reference: Date, delta = false): ResetReading | undefined {
  const text = value.trim();
  if (NUMBER.test(text)) {
    const n = Number(text);
    const refSeconds = reference.getTime() / 1000;
    if (!delta && Math.abs(n - refSeconds) <= EPOCH_PROXIMITY_SECONDS) {
      return reading(new Date(n * 1000), reference, 'epoch-seconds');
    }
    if (!delta && Math.abs(n / 1000 - refSeconds) <= EPOCH_PROXIMITY_SECONDS) {
      return reading(new Date(n), reference, 'epoch-milliseconds');
    }
    return reading(new Date(reference.getTime() + n * 1000), reference, 'delta-seconds');
  }
  if (delta) return undefined;
  if (ISO_DATE.test(text)) return reading(new Date(text), reference, 'date');
  const http = parseHttpDate(text, reference.getUTCFullYear());
  return http ? reading(http.date, reference, 'date') : undefined;
}

/** The interpretation in words, for the finding's detail. */
export const RESET_INTERPRETATION_WORDS: Record<ResetInterpretation, string> = {
  'delta-seconds': 'seconds from now',
  'epoch-seconds': 'a Unix time in seconds',
  'epoch-milliseconds': 'a Unix time in milliseconds',
  date: 'a date',
};
