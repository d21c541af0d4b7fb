/**
 * How much of a response a report quotes: enough for a ticket, never the whole of a pathological
 * paste (a recording with 40,000 headers, a comparison with 100,000 changes). What is left out is
 * counted in the report.
 */

/** Headers listed per header table or list; real responses carry far fewer. */
export const REPORT_MAX_HEADERS = 100;

/** The first `max` items and how many were left out. */
export function firstOf<T>(items: readonly T[], max: number): { shown: readonly T[]; omitted: number } {
  return items.length <= max
    ? { shown: items, omitted: 0 }
    : { shown: items.slice(0, max), omitted: items.length - max };
}
