import type { ParsedInput } from '../types';

/**
 * The exchange to show first in a timeline (HAR, redirects): the last failure (status >= 400, or 0 for
 * a request that got no response), else the last exchange. -1 when there is none.
 */
export function defaultHarEntryIndex(parsed: ParsedInput): number {
  const { exchanges } = parsed;
  for (let i = exchanges.length - 1; i >= 0; i--) {
    const status = exchanges[i]?.response.status;
    if (status !== undefined && (status >= 400 || status === 0)) return i;
  }
  return exchanges.length - 1;
}
