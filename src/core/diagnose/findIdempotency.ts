import { getHeader } from '../http/headers';
import { mayApplyTwice } from '../http/methods';
import type { Finding } from '../types';
import type { DiagnoseContext } from './diagnoseContext';

/** Statuses that say the server did not process the request, so nothing can have been duplicated. */
const NOT_PROCESSED = new Set([501, 505]);

/**
 * Aborted exchanges that leave the outcome unknown, outside the 5xx class. Not 408: the server did not
 * receive the whole request, so RFC 9110 §15.5.9 lets the client repeat it whatever the method.
 */
const UNKNOWN_OUTCOME_4XX = new Set([499]);

/** No response at all: only a failure after the request went out (a timeout or reset) leaves the outcome unknown. */
function noResponseOutcomeUnknown(ctx: DiagnoseContext): boolean {
  const error = ctx.noResponse?.error;
  return (
    error !== undefined &&
    (error.cause === 'timeout' || error.cause === 'connection-reset') &&
    error.phase !== 'connect'
  );
}

/** Header names APIs accept for the idempotency key (the IETF draft's, and a common variant). */
const KEY_HEADERS = ['Idempotency-Key', 'X-Idempotency-Key'];

/**
 * A POST or PATCH that met a server error, a timeout or a reset may have taken effect before failing:
 * retrying blindly can charge or create twice.
 */
export function findIdempotency(ctx: DiagnoseContext): Finding[] {
  const method = ctx.request?.method.toUpperCase();
  const { status } = ctx.response;
  if (!ctx.request || method === undefined || !mayApplyTwice(method)) return [];
  const outcomeUnknown =
    (status >= 500 && status < 600 && !NOT_PROCESSED.has(status)) ||
    UNKNOWN_OUTCOME_4XX.has(status) ||
    (status === 0 && noResponseOutcomeUnknown(ctx));
  if (!outcomeUnknown) return [];
  const keyHeader = KEY_HEADERS.find((h) => getHeader(ctx.request?.headers ?? [], h) !== undefined);
  if (keyHeader) {
    const key = getHeader(ctx.request.headers, keyHeader) ?? '';
    return [
      {
        id: 'not-idempotent',
        severity: 'info',
        title: `${method} carried an ${keyHeader}: retry with the same key`,
        detail: `The request sent ${keyHeader}: ${key}. Repeat it with exactly the same key and body: an API that honours the key runs the operation at most once and replays the first result.`,
        data: { method, idempotencyKey: key, keyHeader },
      },
    ];
  }
  return [
    {
      id: 'not-idempotent',
      severity: 'warning',
      title: `Retrying this ${method} may duplicate it`,
      detail: `${status === 0 ? 'A connection that failed after the request went out' : `A ${status}`} does not tell whether the ${method} took effect before the failure. Check first (fetch the resource, look for the order or payment) before repeating it. If the API supports it, send an Idempotency-Key header (a fresh unique value per operation, reused on its retries) so repeats are safe.`,
      data: { method },
    },
  ];
}
