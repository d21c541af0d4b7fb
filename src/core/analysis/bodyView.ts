import { checkJson } from '../json/checkJson';
import { formatJson } from '../json/formatJson';
import { getHeader, isJsonMediaType, parseMediaType } from '../http/headers';
import type { Header, JsonCheckResult } from '../types';
import type { BodyLanguage, BodyView } from './analysis.types';

/** Bodies above this are validated but shown verbatim: pretty-printing them would only slow the editor. */
export const MAX_FORMATTED_BODY_CHARS = 20_000_000;

function looksLikeJson(body: string): boolean {
  const first = body.trimStart()[0];
  return first === '{' || first === '[';
}

function sniffMarkup(body: string): BodyLanguage {
  const head = body.slice(0, 512).trimStart().toLowerCase();
  if (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    /<(head|body|title|h1)[\s>]/.test(head)
  ) {
    return 'html';
  }
  if (head.startsWith('<?xml') || head.startsWith('<')) return 'xml';
  return 'plaintext';
}

/**
 * How to show a body: JSON (declared or recognisable) is validated and, when valid, formatted
 * losslessly; anything else is shown exactly as received with a language for highlighting.
 */
export function bodyView(
  body: string,
  headers: readonly Header[],
  check: (text: string) => JsonCheckResult = checkJson,
): BodyView {
  const length = body.length;
  if (body.length === 0) return { text: '', language: 'plaintext', formatted: false, length };
  const type = parseMediaType(getHeader(headers, 'content-type'));
  const declaredJson = isJsonMediaType(type);
  if (declaredJson || (looksLikeJson(body) && !type?.essence.startsWith('text/html'))) {
    const result = check(body);
    if (!result.ok) {
      const sniffed = sniffMarkup(body);
      return {
        text: body,
        language: sniffed === 'plaintext' ? 'json' : sniffed,
        formatted: false,
        length,
        check: result,
        note: declaredJson ? 'Declared as JSON but not valid JSON: shown exactly as received.' : undefined,
      };
    }
    if (body.length > MAX_FORMATTED_BODY_CHARS) {
      return {
        text: body,
        language: 'json',
        formatted: false,
        length,
        check: result,
        note: 'Valid JSON, too large to pretty-print here: shown as received.',
      };
    }
    const formatted = formatJson(body, { indent: 2 });
    if (!formatted.ok)
      return {
        text: body,
        language: 'json',
        formatted: false,
        length,
        check: result,
        note: formatted.error.message,
      };
    // Warnings are listed beside the formatted text, so their positions must be in that text.
    const shownCheck = result.warnings.length > 0 ? checkJson(formatted.text) : result;
    return { text: formatted.text, language: 'json', formatted: true, length, check: shownCheck };
  }
  const essence = type?.essence ?? '';
  const language: BodyLanguage = essence.includes('html')
    ? 'html'
    : essence.includes('xml')
      ? 'xml'
      : essence
        ? 'plaintext'
        : sniffMarkup(body);
  return { text: body, language, formatted: false, length };
}
