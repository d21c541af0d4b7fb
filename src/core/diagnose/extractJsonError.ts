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

/**
 * The error codes registered for OAuth (IANA "OAuth Extensions Error Registry": RFC 6749, 6750, 7009,
 * 7591, 8628, 8707, 9396, 9449, and OpenID Connect). A bare `{"error": "not_found"}` is not one.
 */
const OAUTH_ERROR_CODES = new Set([
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
  'access_denied',
  'unsupported_response_type',
  'server_error',
  'temporarily_unavailable',
  'invalid_token',
  'insufficient_scope',
  'unsupported_token_type',
  'invalid_redirect_uri',
  'invalid_client_metadata',
  'invalid_software_statement',
  'unapproved_software_statement',
  'authorization_pending',
  'slow_down',
  'expired_token',
  'invalid_target',
  'invalid_authorization_details',
  'invalid_dpop_proof',
  'use_dpop_nonce',
  'interaction_required',
  'login_required',
  'account_selection_required',
  'consent_required',
  'invalid_request_uri',
  'invalid_request_object',
  'request_not_supported',
  'request_uri_not_supported',
  'registration_not_supported',
]);

/** What the exchange says about OAuth besides the body: a token endpoint, or a Bearer challenge. */
export interface ErrorContext {
  oauth?: boolean;
}

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

function readObject(o: Obj, status: number, context: ErrorContext): BodyError | undefined {
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
  const codeLike = errorText !== undefined && /^[a-z][a-z0-9_]*$/.test(errorText);
  const oauth =
    o['error_description'] !== undefined ||
    o['error_uri'] !== undefined ||
    (codeLike && (OAUTH_ERROR_CODES.has(errorText) || context.oauth === true));
  if (errorText && oauth) {
    return {
      shape: 'oauth',
      message: topMessage ?? errorText,
      code: errorText,
      messages: [],
      fieldErrors: [],
      documentationUrl: docs,
    };
  }
  if (errorText && codeLike && !topMessage) {
    return {
      shape: 'error-code',
      message: errorText,
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
 * application/problem+json. An `error` code counts as OAuth only when it is a registered OAuth error
 * code, comes with error_description or error_uri, or the context says OAuth (a token endpoint, a
 * Bearer challenge).
 */
export function extractJsonError(
  value: unknown,
  status: number,
  declaredProblem = false,
  context: ErrorContext = {},
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
  return readObject(value, status, context);
}
