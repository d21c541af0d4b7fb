import { classifyBody, type BodyClass, type JsonChecker } from '../body/classifyBody';
import { getHeader } from '../http/headers';
import type { HttpResponse } from '../types';

export type { JsonChecker } from '../body/classifyBody';

/** The body as every finder reads it: its class (see classifyBody), its text and, for JSON, its value. */
export interface BodyAnalysis extends BodyClass {
  text: string;
  /** The parsed value (wrapped, since JSON may be `null`), only when the body is valid JSON. */
  json?: { value: unknown };
}

function parseValue(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return undefined;
  }
}

/** Classifies the body once for every finder and parses it when it is valid JSON. */
export function analyzeBody(response: HttpResponse, check?: JsonChecker): BodyAnalysis {
  const { body: text } = response;
  const found = classifyBody(text, getHeader(response.headers, 'content-type'), check);
  if (found.kind !== 'json') return { ...found, text };
  const json = parseValue(text);
  return json ? { ...found, text, json } : { ...found, text };
}
