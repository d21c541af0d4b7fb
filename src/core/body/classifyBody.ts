import { checkJson } from '../json/checkJson';
import { isJsonMediaType, parseMediaType, type MediaType } from '../http/headers';
import { looksBinary } from '../text/looksBinary';
import type { JsonCheckResult } from '../types';
import type { BodyKind } from './bodyKinds';

/** checkJson, or a caller's cheaper or remembering stand-in (it must agree with checkJson on ok). */
export type JsonChecker = (text: string) => JsonCheckResult;

/** What Content-Type says the body is, coarsely. */
export type DeclaredKind = 'json' | 'html' | 'xml' | 'form' | 'text' | 'other';

export interface BodyClass {
  kind: BodyKind;
  declared?: MediaType;
  declaredKind?: DeclaredKind;
  /** The JSON check, when the body was declared JSON or opens like JSON (kind 'json' or 'json-invalid', or markup that failed it). */
  check?: JsonCheckResult;
}

/** Markup announces itself early; looking further only costs time on large bodies. */
export const SNIFF_CHARS = 1024;

/** First characters of something declared JSON that is meant to be JSON, even when broken. */
const JSON_START = /^(?:[{["\-0-9]|true\b|false\b|null\b)/;
/** Without a JSON type, only an object or array opening that JSON allows counts ("[error] …" is a log line). */
const UNDECLARED_JSON_START = /^(?:\{\s*["}]|\[\s*(?:[{["\-0-9\]]|true\b|false\b|null\b))/;

export function declaredKindOf(type: MediaType | undefined): DeclaredKind | undefined {
  if (!type) return undefined;
  if (isJsonMediaType(type)) return 'json';
  if (type.essence === 'text/html' || type.essence === 'application/xhtml+xml') return 'html';
  if (type.essence.endsWith('/xml') || type.essence.endsWith('+xml')) return 'xml';
  if (type.essence === 'application/x-www-form-urlencoded') return 'form';
  if (type.essence.startsWith('text/')) return 'text';
  return 'other';
}

/**
 * Tells HTML from other markup and from plain text by the first characters. XML documents may hold
 * HTML-named elements (problem+xml has <title>), so a declared or announced XML document stays XML
 * unless it opens as an HTML page; a fragment declared HTML stays HTML.
 */
export function sniffMarkup(text: string, declaredKind?: DeclaredKind): 'html' | 'xml' | 'text' {
  const head = text.slice(0, SNIFF_CHARS).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  const tag = /^<[a-z_][\w:.-]*[\s>/]/.test(head);
  if (head.startsWith('<?xml') || (tag && declaredKind === 'xml')) return 'xml';
  if (/<(head|body|title|h1|center)[\s>]/.test(head)) return 'html';
  if (tag && declaredKind === 'html') return 'html';
  return tag ? 'xml' : 'text';
}

/**
 * What a body is: the one classifier every part of Triage asks. JSON is checked only when declared or
 * recognisable, so large HTML or text bodies are never scanned; broken JSON counts as such only when
 * it was meant as JSON (declared, or opening as a JSON object or array), not when a log line starts
 * with "[". A declared form stays form data unless it is JSON or markup.
 */
export function classifyBody(
  text: string,
  contentType: string | undefined,
  check: JsonChecker = checkJson,
): BodyClass {
  const declared = parseMediaType(contentType);
  const declaredKind = declaredKindOf(declared);
  const base: Omit<BodyClass, 'kind'> = declared ? { declared, declaredKind } : {};
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed === '') return { ...base, kind: 'empty' };
  if (looksBinary(text, 0, SNIFF_CHARS)) return { ...base, kind: 'binary' };
  const first = trimmed[0];
  if (declaredKind === 'json' || first === '{' || first === '[') {
    const result = check(text);
    if (result.ok) return { ...base, kind: 'json', check: result };
    const meantAsJson = (declaredKind === 'json' ? JSON_START : UNDECLARED_JSON_START).test(trimmed);
    const markup = sniffMarkup(trimmed, declaredKind);
    if (meantAsJson && markup === 'text') return { ...base, kind: 'json-invalid', check: result };
    return { ...base, kind: markupOrForm(markup, declaredKind), check: result };
  }
  return { ...base, kind: markupOrForm(sniffMarkup(trimmed, declaredKind), declaredKind) };
}

const markupOrForm = (sniffed: 'html' | 'xml' | 'text', declaredKind?: DeclaredKind): BodyKind =>
  sniffed === 'text' && declaredKind === 'form' ? 'form' : sniffed;
