import { clampText } from './clampText';

/** Small readers for untyped JSON values: strings are trimmed and length-bounded on the way in. */

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? clampText(v) : undefined;
}

export function codeOf(v: unknown): string | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : str(v);
}

export function httpUrl(v: unknown): string | undefined {
  const s = str(v);
  return s && /^https?:\/\/\S+$/i.test(s) ? s : undefined;
}

export function firstStringIn(values: readonly unknown[]): string | undefined {
  for (const v of values) {
    const s = str(v);
    if (s) return s;
  }
  return undefined;
}

export function stringList(v: unknown): string[] | undefined {
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const strings = v.map(str);
  return strings.every((s) => s !== undefined) ? (strings as string[]) : undefined;
}
