/**
 * What a method promises about repeating it (RFC 9110 §9.2). Unknown methods promise nothing: a
 * client must treat them as neither safe nor idempotent.
 */

/** RFC 9110 §9.2.1: safe methods ask for a read only; repeating one changes nothing on the server. */
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);
/** RFC 9110 §9.2.2: sending an idempotent request twice has the effect of sending it once. */
const IDEMPOTENT = new Set([...SAFE, 'PUT', 'DELETE']);

export function isSafeMethod(method: string): boolean {
  return SAFE.has(method.toUpperCase());
}

export function isIdempotentMethod(method: string): boolean {
  return IDEMPOTENT.has(method.toUpperCase());
}

/** POST and PATCH (and any method RFC 9110 does not call idempotent): a repeat may apply twice. */
export function mayApplyTwice(method: string): boolean {
  return !isIdempotentMethod(method);
}
