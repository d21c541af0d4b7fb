import type { BodyError, BodyErrorShape, FieldError } from './bodyError.types';
import { codeOf, httpUrl, isObj, str, stringList, type Obj } from './jsonValue';
import { MAX_FIELD_ERRORS, readErrorList, readErrorMap, toFieldErrors, toMessages } from './readErrorList';
import { looksLikeProblem, readProblem } from './readProblem';
import { readNestedError } from './readNestedError';

const MESSAGE_KEYS = [
  'message',
  'error_description',
  'errorMessage',
  'error_message',
  'detail',
  'msg',
  'Message',
  'description',
  'reason',
];
const CODE_KEYS = ['code', 'error_code', 'errorCode', 'Code'];

/** DRF's `{ "email": ["…"], "non_field_errors": ["…"] }`: every value a list of strings. */
function readDrf(o: Obj): FieldError[] | undefined {
  const entries = Object.entries(o);
  if (entries.length === 0 || !entries.every(([, v]) => stringList(v) !== undefined)) return undefined;
  return entries
    .flatMap(([field, v]) => (stringList(v) ?? []).map((message) => ({ field, message })))
    .slice(0, MAX_FIELD_ERRORS);
}

/** Strong signs that a body describes a failure even when the status says success. */
function signalsError(o: Obj): boolean {
  const errors = o['errors'];
  const hasErrors = Array.isArray(errors)
    ? errors.length > 0
    : isObj(errors) && Object.keys(errors).length > 0;
  return (
    hasErrors ||
    isObj(o['error']) ||
    str(o['error']) !== undefined ||
    str(o['__type']) !== undefined ||
    isObj(o['fault']) ||
    looksLikeProblem(o)
  );
}

function readObject(o: Obj, status: number): BodyError | undefined {
  if (isObj(o['error'])) return readNestedError(o['error']);
  const errors = o['errors'];
  const list = Array.isArray(errors) ? errors : Array.isArray(o['detail']) ? o['detail'] : undefined;
  const topMessage = MESSAGE_KEYS.map((k) => str(o[k])).find(Boolean);
  const errorText = str(o['error']);
  const docs = httpUrl(o['documentation_url']) ?? httpUrl(o['error_uri']);
  const code = CODE_KEYS.map((k) => codeOf(o[k])).find(Boolean);
  if (list) {
    const r = readErrorList(list);
    const graphql = r.hints.has('graphql') && !r.hints.has('json-api') && !r.hints.has('fastapi');
    const shape: BodyErrorShape = graphql
      ? 'graphql'
      : r.hints.has('json-api')
        ? 'json-api'
        : r.hints.has('fastapi')
          ? 'fastapi'
          : r.hints.has('github') || docs
            ? 'github'
            : 'errors-array';
    const messages = toMessages(r.items, graphql);
    const headline = topMessage ?? errorText ?? str(o['title']);
    return {
      shape,
      message: headline ?? messages[0],
      code: code ?? r.items.find((i) => i.code)?.code,
      messages: headline ? messages : messages.slice(1),
      fieldErrors: graphql ? [] : toFieldErrors(r.items),
      documentationUrl: docs,
    };
  }
  if (isObj(errors)) {
    return {
      shape: 'errors-map',
      message: topMessage ?? errorText,
      code,
      messages: [],
      fieldErrors: readErrorMap(errors),
      documentationUrl: docs,
    };
  }
  const oauth = o['error_description'] !== undefined || o['error_uri'] !== undefined;
  if (errorText && (oauth || (!topMessage && /^[a-z][a-z0-9_]*$/.test(errorText)))) {
    return {
      shape: 'oauth',
      message: topMessage ?? errorText,
      code: errorText,
      messages: [],
      fieldErrors: [],
      documentationUrl: docs,
    };
  }
  const awsType = str(o['__type']);
  if (awsType) {
    return {
      shape: 'aws',
      message: topMessage,
      code: awsType.split('#').pop(),
      messages: [],
      fieldErrors: [],
    };
  }
  if (isObj(o['fault'])) {
    const f = o['fault'];
    const detail = isObj(f['detail']) ? f['detail'] : {};
    return {
      shape: 'apigee',
      message: str(f['faultstring']),
      code: str(detail['errorcode']),
      messages: [],
      fieldErrors: [],
    };
  }
  if (typeof o['status'] === 'number' && errorText && 'timestamp' in o && 'path' in o) {
    const useful = topMessage && topMessage !== 'No message available' ? topMessage : undefined;
    return { shape: 'spring', message: useful ?? errorText, messages: [], fieldErrors: [] };
  }
  if ((status === 400 || status === 422) && !topMessage) {
    const drf = readDrf(o);
    if (drf) return { shape: 'drf', messages: [], fieldErrors: drf };
  }
  const nestMessages = stringList(o['message']);
  const message =
    topMessage ?? errorText ?? (nestMessages ? nestMessages.join('; ') : undefined) ?? str(o['title']);
  if (!message) return undefined;
  const field = str(o['field']);
  return {
    shape: 'generic',
    message,
    code:
      code ??
      (errorText && topMessage && /^[A-Za-z][\w.-]*$/.test(errorText) && !/\s/.test(errorText)
        ? errorText
        : undefined),
    messages: nestMessages && nestMessages.length > 1 ? nestMessages : [],
    fieldErrors: field ? [{ field, message }] : [],
    documentationUrl: docs,
  };
}

/**
 * The error a parsed JSON body carries, whatever convention the API follows. On a success status
 * only strong signals count (an `error` or non-empty `errors` member, a problem document), so
 * `{"message": "Created"}` is not mistaken for an error. `declaredProblem` is true for
 * application/problem+json.
 */
export function extractJsonError(
  value: unknown,
  status: number,
  declaredProblem = false,
): BodyError | undefined {
  const failed = status >= 400;
  if (Array.isArray(value)) {
    if (!failed || value.length === 0) return undefined;
    const r = readErrorList(value);
    const graphql = r.hints.has('graphql');
    const [first, ...rest] = toMessages(r.items, graphql);
    const fieldErrors = graphql ? [] : toFieldErrors(r.items);
    if (!first && fieldErrors.length === 0) return undefined;
    return {
      shape: graphql ? 'graphql' : 'errors-array',
      message: first,
      code: r.items.find((i) => i.code)?.code,
      messages: rest,
      fieldErrors,
    };
  }
  if (typeof value === 'string') {
    return failed && str(value)
      ? { shape: 'text', message: str(value), messages: [], fieldErrors: [] }
      : undefined;
  }
  if (!isObj(value)) return undefined;
  if (declaredProblem || looksLikeProblem(value)) return readProblem(value);
  if (!failed && !signalsError(value)) return undefined;
  return readObject(value, status);
}
