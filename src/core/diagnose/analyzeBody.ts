import { checkJson } from '../json/checkJson';
import { getHeader, isJsonMediaType, parseMediaType, type MediaType } from '../http/headers';
import type { HttpResponse, JsonCheckResult } from '../types';

/** checkJson, or a caller's copy of it that remembers a result it already has (see diagnose). */
export type JsonChecker = (text: string) => JsonCheckResult;

/** What a body looks like, whatever it was declared as. */
export type BodyKind = 'empty' | 'json' | 'html' | 'xml' | 'text';

/** What Content-Type says the body is, coarsely. */
export type DeclaredKind = 'json' | 'html' | 'xml' | 'text' | 'other';

export interface BodyAnalysis {
  text: string;
  kind: BodyKind;
  declared?: MediaType;
  declaredKind?: DeclaredKind;
  /** The validation result, when the body was declared or looks like JSON. */
  check?: JsonCheckResult;
  /** The parsed value (wrapped, since JSON may be `null`), only when checkJson accepted the body. */
  json?: { value: unknown };
}

/** Markup announces itself early; looking further only costs time on large bodies. */
export const SNIFF_CHARS = 1024;

/** First characters of something declared JSON that is meant to be JSON, even when broken. */
const JSON_START = /^(?:[{["\-0-9]|true\b|false\b|null\b)/;
/** Without a JSON type, only an object or array opening that JSON allows counts ("[error] …" is a log line). */
const UNDECLARED_JSON_START = /^(?:\{\s*["}]|\[\s*(?:[{["\-0-9\]]|true\b|false\b|null\b))/;

function declaredKindOf(type: MediaType | undefined): DeclaredKind | undefined {
  if (!type) return undefined;
  if (isJsonMediaType(type)) return 'json';
  if (type.essence === 'text/html' || type.essence === 'application/xhtml+xml') return 'html';
  if (type.essence.endsWith('/xml') || type.essence.endsWith('+xml')) return 'xml';
  if (type.essence.startsWith('text/')) return 'text';
  return 'other';
}

/**
 * Tells HTML from other markup and from plain text by the first characters. XML documents may hold
 * HTML-named elements (problem+xml has <title>), so a declared or announced XML document stays XML
 * unless it opens as an HTML page.
 */
export function sniffText(text: string, declaredKind?: DeclaredKind): 'html' | 'xml' | 'text' {
  const head = text.slice(0, SNIFF_CHARS).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  const tag = /^<[a-z_][\w:.-]*[\s>/]/.test(head);
  if (head.startsWith('<?xml') || (tag && declaredKind === 'xml')) return 'xml';
  if (/<(head|body|title|h1|center)[\s>]/.test(head)) return 'html';
  return tag ? 'xml' : 'text';
}

function parseValue(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return undefined;
  }
}

/**
 * Classifies the body once for every finder: JSON is validated with the lossless checker only when
 * declared or recognisable, so large HTML or text bodies are never scanned twice.
 */
export function analyzeBody(response: HttpResponse, check: JsonChecker = checkJson): BodyAnalysis {
  const { body: text } = response;
  const declared = parseMediaType(getHeader(response.headers, 'content-type'));
  const declaredKind = declaredKindOf(declared);
  const base = { text, declared, declaredKind };
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed === '') return { ...base, kind: 'empty' };
  const first = trimmed[0];
  if (declaredKind === 'json' || first === '{' || first === '[') {
    const result = check(text);
    if (result.ok) {
      const json = parseValue(text);
      return json ? { ...base, kind: 'json', check: result, json } : { ...base, kind: 'json', check: result };
    }
    const meantAsJson = (declaredKind === 'json' ? JSON_START : UNDECLARED_JSON_START).test(trimmed);
    if (meantAsJson && sniffText(trimmed) === 'text') return { ...base, kind: 'json', check: result };
    return { ...base, kind: sniffText(trimmed, declaredKind), check: result };
  }
  return { ...base, kind: sniffText(trimmed, declaredKind) };
}
