import type { Header } from '../types';

/** Header names compare case-insensitively (RFC 9110 §5.1). */
function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Every value of a header, in order (Set-Cookie and other repeated headers stay separate). */
export function getHeaderValues(headers: readonly Header[], name: string): string[] {
  return headers.filter((h) => sameName(h.name, name)).map((h) => h.value);
}

/**
 * The field value as a recipient would see it: repeated lines joined with ", " (RFC 9110 §5.3).
 * Undefined when absent. Do not use for Set-Cookie, whose values cannot be joined.
 */
export function getHeader(headers: readonly Header[], name: string): string | undefined {
  const values = getHeaderValues(headers, name);
  return values.length === 0 ? undefined : values.join(', ');
}

export function hasHeader(headers: readonly Header[], name: string): boolean {
  return headers.some((h) => sameName(h.name, name));
}

export interface MediaType {
  /** Lower-cased "type/subtype", e.g. "application/problem+json". */
  essence: string;
  params: Record<string, string>;
}

/** Parses a Content-Type value; undefined when there is none or it has no type/subtype. */
export function parseMediaType(value: string | undefined): MediaType | undefined {
  if (value === undefined) return undefined;
  const [head = '', ...rest] = value.split(';');
  const essence = head.trim().toLowerCase();
  if (!/^[^\s/]+\/[^\s/]+$/.test(essence)) return undefined;
  const params: Record<string, string> = {};
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    let val = part.slice(eq + 1).trim();
    if (val.startsWith('"') && val.endsWith('"') && val.length >= 2) val = val.slice(1, -1);
    if (key) params[key] = val;
  }
  return { essence, params };
}

/** True for application/json, text/json and any +json structured syntax suffix (RFC 6839). */
export function isJsonMediaType(type: MediaType | undefined): boolean {
  if (!type) return false;
  return (
    type.essence === 'application/json' || type.essence === 'text/json' || type.essence.endsWith('+json')
  );
}
