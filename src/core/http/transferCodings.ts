import type { Header } from '../types';
import { getHeader } from './headers';

function codings(headers: readonly Header[], name: string): string[] {
  const value = getHeader(headers, name);
  if (value === undefined) return [];
  return value
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '');
}

/**
 * Only a final `chunked` coding frames the body (RFC 9112 §6.3): `chunked, identity` or
 * `chunkedchunked` leave the body running to the end of the message, undecoded.
 */
export function isChunkedLast(headers: readonly Header[]): boolean {
  return codings(headers, 'transfer-encoding').at(-1) === 'chunked';
}

/**
 * A content coding (gzip, br...) that a tool such as curl --compressed or a browser undoes before
 * showing the body: Content-Length then counts bytes the paste no longer holds.
 */
export function hasContentCoding(headers: readonly Header[]): boolean {
  return codings(headers, 'content-encoding').some((c) => c !== 'identity');
}
