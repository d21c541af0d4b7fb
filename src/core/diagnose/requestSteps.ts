import { checkJson } from '../json/checkJson';
import { getHeader, isJsonMediaType, parseMediaType } from '../http/headers';
import type { Finding } from '../types';
import { asSentence } from './asSentence';
import type { DiagnoseContext } from './diagnoseContext';
import { dataOf } from './findingData';

/** 400/422 steps: validate the request body that was sent (when the paste has it), then the fields to fix. */

/** Field errors named in a step; the finding lists them all. */
const FIELDS_IN_STEP = 5;

export function requestBodyStep(ctx: DiagnoseContext): string {
  const request = ctx.request;
  const body = request?.body ?? '';
  const declaredJson = request
    ? isJsonMediaType(parseMediaType(getHeader(request.headers, 'content-type')))
    : false;
  const looksJson = /^\s*[{[]/.test(body);
  if (request && body.trim() !== '' && (declaredJson || looksJson)) {
    const check = checkJson(body);
    if (!check.ok) {
      const { line, column, message } = check.error;
      return `The request body you sent is not valid JSON: line ${line}, column ${column}: ${asSentence(message)} Fix it in the JSON screen (#/json), which shows the exact spot.`;
    }
    return 'The request body is valid JSON, so look at its values: wrong types, missing required fields, out-of-range values. The JSON screen (#/json) formats it for review.';
  }
  if (ctx.response.status === 422) {
    return 'The server parsed the request and rejected its values (RFC 9110 §15.5.21: the syntax is fine, the instructions cannot be carried out): check them against the API’s rules, the required fields, types, formats, ranges and references to things that must exist.';
  }
  return 'Paste the request body into the JSON screen (#/json) and validate it: trailing commas, missing quotes and wrong types are the usual causes and stay invisible until formatted.';
}

export function fieldStep(findings: readonly Finding[]): string | undefined {
  const errors = dataOf(findings, 'field-errors')?.['errors'];
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const listed = (errors as { field: string; message: string }[])
    .slice(0, FIELDS_IN_STEP)
    .map((e) => (e.field ? `${e.field} (${e.message})` : e.message));
  const more = errors.length - listed.length;
  return `Fix the fields the API lists: ${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}. Show them next to the matching form inputs.`;
}
