/**
 * RFC 6901 JSON Pointer segments: "~" and "/" inside a key must be escaped, or a path like
 * `/a~1b` would be read back as two segments.
 */
export function pointerSegment(key: string): string {
  if (!key.includes('~') && !key.includes('/')) return key;
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Reverses pointerSegment. */
export function unescapePointerSegment(segment: string): string {
  if (!segment.includes('~')) return segment;
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** Splits a pointer into decoded segments; a missing leading "/" is tolerated, "" is the root. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  const body = pointer.startsWith('/') ? pointer.slice(1) : pointer;
  return body.split('/').map(unescapePointerSegment);
}
