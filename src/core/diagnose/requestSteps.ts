import { checkJson } from '../json/checkJson';
import { getHeader, isJsonMediaType, parseMediaType } from '../http/headers';
import type { Finding, NextStep } from '../types';
import { asSentence } from './asSentence';
import type { DiagnoseContext } from './diagnoseContext';
import { findingOf } from './findingData';
import { step } from './nextStep';

/** 400/422 steps: validate the request body that was sent (when the paste has it), then the fields to fix. */

/** Field errors named in a step; the finding lists them all. */
const FIELDS_IN_STEP = 5;

const VALIDATE = { kind: 'validate-json' } as const;

export function requestBodyStep(ctx: DiagnoseContext): NextStep {
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
      return step(
        'request-body',
        `The request body you sent is not valid JSON: line ${line}, column ${column}: ${asSentence(message)} Validate it to see the exact spot and a fix.`,
        VALIDATE,
      );
    }
    return step(
      'request-body',
      'The request body is valid JSON, so look at its values: wrong types, missing required fields, out-of-range values. Formatted, they are easier to review.',
      VALIDATE,
    );
  }
  if (ctx.response.status === 422) {
    return step(
      'request-values',
      'The server parsed the request and rejected its values (RFC 9110 §15.5.21: the syntax is fine, the instructions cannot be carried out): check them against the API’s rules, the required fields, types, formats, ranges and references to things that must exist.',
    );
  }
  return step(
    'request-body',
    'Validate the request body as JSON: trailing commas, missing quotes and wrong types are the usual causes and stay invisible until formatted.',
    VALIDATE,
  );
}

export function fieldStep(findings: readonly Finding[]): NextStep | undefined {
  const errors = findingOf(findings, 'field-errors')?.data.errors;
  if (!errors || errors.length === 0) return undefined;
  const listed = errors
    .slice(0, FIELDS_IN_STEP)
    .map((e) => (e.field ? `${e.field} (${e.message})` : e.message));
  const more = errors.length - listed.length;
  return step(
    'fix-fields',
    `Fix the fields the API lists: ${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}. Show them next to the matching form inputs.`,
  );
}
