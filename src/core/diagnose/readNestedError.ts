import type { BodyError, BodyErrorShape, FieldError } from './bodyError.types';
import { codeOf, httpUrl, isObj, str, type Obj } from './jsonValue';
import { MAX_FIELD_ERRORS, readErrorList, toFieldErrors } from './readErrorList';

/** `{ error: { … } }`: Google's model, Stripe, OData / Microsoft Graph, or a plain nested object. */
export function readNestedError(e: Obj): BodyError {
  const fieldErrors: FieldError[] = [];
  let shape: BodyErrorShape = 'nested-error';
  let reason: string | undefined;
  let documentationUrl: string | undefined;
  const details = Array.isArray(e['details']) ? e['details'] : [];
  for (const d of details) {
    if (!isObj(d)) continue;
    const type = str(d['@type']) ?? '';
    if (type) shape = 'google';
    if (type.endsWith('BadRequest') && Array.isArray(d['fieldViolations'])) {
      for (const v of d['fieldViolations']) {
        if (isObj(v) && fieldErrors.length < MAX_FIELD_ERRORS) {
          fieldErrors.push({
            field: str(v['field']) ?? '',
            message: str(v['description']) ?? str(v['reason']) ?? 'is not valid',
          });
        }
      }
    } else if (type.endsWith('ErrorInfo')) {
      reason = str(d['reason']);
    } else if (type.endsWith('Help') && Array.isArray(d['links'])) {
      documentationUrl = d['links'].map((l) => (isObj(l) ? httpUrl(l['url']) : undefined)).find(Boolean);
    } else if (!type && str(d['target']) !== undefined) {
      shape = 'odata';
      fieldErrors.push({
        field: str(d['target']) ?? '',
        message: str(d['message']) ?? str(d['code']) ?? 'is not valid',
      });
    }
  }
  if (Array.isArray(e['errors'])) fieldErrors.push(...toFieldErrors(readErrorList(e['errors']).items));
  const stripeLike =
    str(e['type']) !== undefined &&
    (e['param'] !== undefined || e['decline_code'] !== undefined || /_error$/.test(str(e['type']) ?? ''));
  if (stripeLike) {
    shape = 'stripe';
    const param = str(e['param']);
    if (param) fieldErrors.push({ field: param, message: str(e['message']) ?? 'is not valid' });
  }
  if (shape === 'nested-error' && str(e['status']) !== undefined && typeof e['code'] === 'number')
    shape = 'google';
  const code = stripeLike
    ? (str(e['decline_code']) ?? str(e['code']) ?? str(e['type']))
    : (str(e['status']) ?? codeOf(e['code']) ?? str(e['type']));
  return {
    shape,
    message: str(e['message']) ?? str(e['description']) ?? str(e['error_description']),
    code,
    messages: [],
    fieldErrors: fieldErrors.slice(0, MAX_FIELD_ERRORS),
    reason,
    documentationUrl: documentationUrl ?? httpUrl(e['doc_url']) ?? httpUrl(e['documentation_url']),
  };
}
