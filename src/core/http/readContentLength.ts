import type { Header } from '../types';
import { trimOws } from './trimOws';

export type ContentLength =
  | { kind: 'none' }
  | { kind: 'valid'; value: number; line?: number }
  | { kind: 'invalid'; message: string; line?: number };

const DIGITS = /^\d{1,15}$/;

/**
 * The declared body length. Repeated Content-Length lines (or a "5, 5" list) are accepted when they
 * agree, as RFC 9110 §8.6 allows; disagreeing or non-numeric values are reported instead.
 */
export function readContentLength(headers: readonly Header[], lines: readonly number[] = []): ContentLength {
  const values = new Set<number>();
  let line: number | undefined;
  for (const [index, header] of headers.entries()) {
    if (header.name.toLowerCase() !== 'content-length') continue;
    line ??= lines[index];
    for (const part of header.value.split(',')) {
      const value = trimOws(part);
      if (!DIGITS.test(value)) {
        return {
          kind: 'invalid',
          message: `Content-Length "${header.value}" is not a number of bytes.`,
          line,
        };
      }
      values.add(Number(value));
    }
  }
  if (values.size === 0) return { kind: 'none' };
  const [value] = values;
  if (values.size > 1 || value === undefined) {
    return {
      kind: 'invalid',
      message: `Content-Length has conflicting values: ${[...values].join(', ')}.`,
      line,
    };
  }
  return { kind: 'valid', value, line };
}
