import type { BodyError, ProblemDetails } from './bodyError.types';
import { isObj, str, type Obj } from './jsonValue';
import { readErrorList, readErrorMap, toFieldErrors } from './readErrorList';

/**
 * RFC 9457 problem details. Without the media type, an object counts as a problem when it has a
 * type or title plus a status or detail, and no `error`/`message` member of another convention.
 */
export function looksLikeProblem(o: Obj): boolean {
  const named = str(o['title']) !== undefined || str(o['type']) !== undefined;
  const described = typeof o['status'] === 'number' || str(o['detail']) !== undefined;
  return named && described && o['error'] === undefined && o['message'] === undefined;
}

export function readProblem(o: Obj): BodyError {
  const problem: ProblemDetails = {
    type: str(o['type']) ?? 'about:blank',
    title: str(o['title']) ?? '',
    detail: str(o['detail']) ?? '',
    ...(typeof o['status'] === 'number' && { status: o['status'] }),
    ...(str(o['instance']) !== undefined && { instance: str(o['instance']) }),
  };
  // Extension members that carry field errors: RFC 9457's own example ("errors" with "pointer"),
  // RFC 7807's "invalid-params" with "name"/"reason", and ASP.NET's errors map.
  const list = Array.isArray(o['errors'])
    ? o['errors']
    : Array.isArray(o['invalid-params'])
      ? o['invalid-params']
      : undefined;
  const fieldErrors = list
    ? toFieldErrors(readErrorList(list).items)
    : isObj(o['errors'])
      ? readErrorMap(o['errors'])
      : [];
  return {
    shape: 'problem-details',
    message: problem.detail || problem.title || undefined,
    messages: [],
    fieldErrors,
    problem,
  };
}
