import { BODY_KINDS } from '../body/bodyKinds';
import { classifyBody, type JsonChecker } from '../body/classifyBody';
import { checkJson } from '../json/checkJson';
import { formatJson } from '../json/formatJson';
import { getHeader } from '../http/headers';
import type { Header } from '../types';
import type { BodyView } from './analysis.types';

/** Bodies above this are validated but shown verbatim: pretty-printing them would only slow the editor. */
export const MAX_FORMATTED_BODY_CHARS = 20_000_000;

/**
 * How to show a body, by its kind (classifyBody): valid JSON is formatted losslessly; anything else is
 * shown exactly as received, highlighted as what it is.
 */
export function bodyView(body: string, headers: readonly Header[], check: JsonChecker = checkJson): BodyView {
  const length = body.length;
  const found = classifyBody(body, getHeader(headers, 'content-type'), check);
  const { kind } = found;
  const base = { kind, label: BODY_KINDS[kind].label, language: BODY_KINDS[kind].language, length };
  const verbatim = { ...base, text: body, formatted: false };
  if (kind === 'empty') return verbatim;
  const result = found.check;
  if (kind !== 'json' || !result?.ok) {
    const note =
      found.declaredKind === 'json'
        ? `Declared as JSON, but the body is ${BODY_KINDS[kind].phrase}: shown exactly as received.`
        : undefined;
    // Only a body meant as JSON carries its JSON error; a page is not "invalid JSON at line 1".
    const shown = result && kind === 'json-invalid' ? { ...verbatim, check: result } : verbatim;
    return note === undefined ? shown : { ...shown, note };
  }
  if (body.length > MAX_FORMATTED_BODY_CHARS) {
    return {
      ...verbatim,
      check: result,
      note: 'Valid JSON, too large to pretty-print here: shown as received.',
    };
  }
  const formatted = formatJson(body, { indent: 2 });
  if (!formatted.ok) return { ...verbatim, check: result, note: formatted.error.message };
  // Warnings are listed beside the formatted text, so their positions must be in that text.
  const shownCheck = result.warnings.length > 0 ? checkJson(formatted.text) : result;
  return { ...base, text: formatted.text, formatted: true, check: shownCheck };
}
