import type { JsonError } from '../types';
import { decodeJsonString } from './decodeJsonString';
import type { JsonEntry, JsonNode } from './jsonTree.types';
import { findJsonError } from './findJsonError';
import { scanNumber } from './scanNumber';
import { scanString } from './scanString';
import { skipWhitespace } from './skipWhitespace';

type ContainerNode = Extract<JsonNode, { type: 'object' | 'array' }>;

/** Only if this parser and the scanner ever disagreed about validity; tests keep them in step. */
const UNEXPLAINED_ERROR: JsonError = {
  message: 'The JSON text could not be parsed.',
  line: 1,
  column: 1,
  offset: 0,
};

/**
 * Parses strict RFC 8259 JSON into a lossless tree of source spans (see jsonTree.types.ts).
 *
 * Iterative with an explicit stack, so any nesting depth parses without a stack overflow. A leading
 * byte order mark is skipped, as checkJson accepts it. On invalid input the error is the same one
 * checkJson reports, with its position and hint.
 */
export function parseJsonTree(text: string): { ok: true; root: JsonNode } | { ok: false; error: JsonError } {
  const root = buildTree(text);
  if (root !== null) return { ok: true, root };
  return { ok: false, error: findJsonError(text) ?? UNEXPLAINED_ERROR };
}

/** The tree, or null at the first syntax error (explained separately, off the fast path). */
function buildTree(text: string): JsonNode | null {
  const len = text.length;
  // The document is the single item of a synthetic array at the bottom of the stack.
  const document: ContainerNode = { type: 'array', start: 0, end: 0, items: [] };
  const stack: ContainerNode[] = [document];
  let key = '';
  let keyStart = -1;
  let p = skipWhitespace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);

  for (;;) {
    // At the start of a member (inside an object) or of a value.
    const parent = stack[stack.length - 1] as ContainerNode;
    if (parent.type === 'object') {
      const keyEnd = text.charCodeAt(p) === 0x22 ? scanString(text, p, null) : -1;
      if (keyEnd < 0) return null;
      key = decodeJsonString(text, p, keyEnd);
      keyStart = p;
      const colon = skipWhitespace(text, keyEnd);
      if (text.charCodeAt(colon) !== 0x3a) return null;
      p = skipWhitespace(text, colon + 1);
    }

    const c = text.charCodeAt(p);
    let node: JsonNode;
    if (c === 0x7b) node = { type: 'object', start: p, end: -1, entries: [] };
    else if (c === 0x5b) node = { type: 'array', start: p, end: -1, items: [] };
    else {
      let end: number;
      let type: 'string' | 'number' | 'true' | 'false' | 'null';
      if (c === 0x22) {
        end = scanString(text, p, null);
        type = 'string';
      } else if (c === 0x74 && text.startsWith('true', p)) {
        end = p + 4;
        type = 'true';
      } else if (c === 0x66 && text.startsWith('false', p)) {
        end = p + 5;
        type = 'false';
      } else if (c === 0x6e && text.startsWith('null', p)) {
        end = p + 4;
        type = 'null';
      } else {
        end = scanNumber(text, p);
        type = 'number';
      }
      if (end < 0) return null;
      node = { type, start: p, end };
    }
    if (parent.type === 'array') parent.items.push(node);
    else parent.entries.push({ key, keyStart, value: node } satisfies JsonEntry);

    if (node.type === 'object' || node.type === 'array') {
      stack.push(node);
      p = skipWhitespace(text, p + 1);
      // `{` + 2 is `}` and `[` + 2 is `]`: a non-empty container continues with its first member.
      if (text.charCodeAt(p) !== c + 2) continue;
    } else {
      p = skipWhitespace(text, node.end);
    }

    // After a value, or at an empty container's closing bracket: closing brackets, then a comma.
    for (;;) {
      const top = stack[stack.length - 1] as ContainerNode;
      if (top === document) return p === len ? (document.items[0] ?? null) : null;
      const d = text.charCodeAt(p);
      if (d === 0x2c) {
        p = skipWhitespace(text, p + 1);
        break;
      }
      if (d !== (top.type === 'object' ? 0x7d : 0x5d)) return null;
      top.end = p + 1;
      stack.pop();
      p = skipWhitespace(text, p + 1);
    }
  }
}
