import type { JsonTextResult } from '../types';
import { deepestNesting, minimumIndentedLength } from './deepestNesting';
import { explainJsonError } from './explainJsonError';
import { formattedLengthLimit } from './jsonLimits';
import type { JsonEntry, JsonNode } from './jsonTree.types';
import { scanString } from './scanString';
import { growOutputBuffer, OutputTooLargeError, utf16BufferToString } from './outputBuffer';

type ContainerNode = Extract<JsonNode, { type: 'object' | 'array' }>;

interface Frame {
  node: ContainerNode;
  /** The members in output order (objects sorted), or the array's items. */
  children: readonly (JsonEntry | JsonNode)[];
  next: number;
}

/** Nesting depth at which the writer checks once whether the indented result can fit at all. */
const DEEP_NESTING = 1024;

const NON_ASCII = /[\u0080-\uffff]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Writes the tree of `source` with every object's members sorted by decoded key (UTF-16 code unit
 * order, stable), in formatJson's layout. Iterative, so any depth works; values and keys are copied
 * from the source exactly as written. `width` 0 gives compact output.
 */
export function formatJsonTree(
  source: string,
  root: JsonNode,
  width: number,
  indentChar: number,
): JsonTextResult {
  const limit = formattedLengthLimit(source.length);
  let buf = new Uint16Array(Math.min(limit, Math.ceil(source.length * 1.5) + 64));
  let o = 0;
  let owed = 0;
  const stack: Frame[] = [];
  let value: JsonNode | null = root;
  try {
    for (;;) {
      if (value !== null) {
        const children = childrenOf(value);
        if (children === null || children.length === 0) {
          // A scalar, or an empty container written as {} / [].
          const start = value.start;
          const end = children === null ? value.end : start + 1;
          if (o + (end - start) + 1 > buf.length)
            buf = growOutputBuffer(buf, o, o + (end - start) + 1, limit);
          for (let p = start; p < end; p++) buf[o++] = source.charCodeAt(p);
          if (children !== null) buf[o++] = source.charCodeAt(start) + 2;
        } else {
          stack.push({ node: value as ContainerNode, children, next: 0 });
          if (width > 0) {
            owed += (stack.length - 1) * width + 2;
            if (o + owed > limit) throw new OutputTooLargeError();
            const deep = stack.length === DEEP_NESTING;
            if (
              deep &&
              minimumIndentedLength(deepestNesting(source, value.start + 1, DEEP_NESTING), width) > limit
            ) {
              throw new OutputTooLargeError();
            }
          }
          if (o + 1 > buf.length) buf = growOutputBuffer(buf, o, o + 1, limit);
          buf[o++] = source.charCodeAt(value.start);
        }
        value = null;
      }
      const frame = stack[stack.length - 1];
      if (frame === undefined) break;
      const depth = stack.length;
      const child = frame.children[frame.next];
      if (child === undefined) {
        stack.pop();
        const n = width > 0 ? (depth - 1) * width + 1 : 0;
        if (width > 0) owed -= n + 1;
        if (o + n + 1 > buf.length) buf = growOutputBuffer(buf, o, o + n + 1, limit);
        o = lineBreak(buf, o, n, indentChar);
        buf[o++] = frame.node.type === 'object' ? 0x7d : 0x5d;
        continue;
      }
      const n = width > 0 ? depth * width + 1 : 0;
      if (o + n + 1 > buf.length) buf = growOutputBuffer(buf, o, o + n + 1, limit);
      if (frame.next > 0) buf[o++] = 0x2c;
      o = lineBreak(buf, o, n, indentChar);
      frame.next++;
      if ('key' in child) {
        const keyEnd = scanString(source, child.keyStart, null);
        const need = keyEnd - child.keyStart + 2;
        if (o + need > buf.length) buf = growOutputBuffer(buf, o, o + need, limit);
        for (let p = child.keyStart; p < keyEnd; p++) buf[o++] = source.charCodeAt(p);
        buf[o++] = 0x3a;
        if (width > 0) buf[o++] = 0x20;
        value = child.value;
      } else {
        value = child;
      }
    }
  } catch (error) {
    if (!(error instanceof OutputTooLargeError)) throw error;
    const at = stack[stack.length - 1]?.node.start ?? 0;
    return {
      ok: false,
      error: explainJsonError(source, {
        state: 'too-large',
        offset: at,
        tokenStart: -1,
        open: stack.map((f) => f.node.start),
      }),
    };
  }
  const content = LONE_SURROGATE.test(source)
    ? 'lone-surrogates'
    : NON_ASCII.test(source)
      ? 'unicode'
      : 'ascii';
  return { ok: true, text: utf16BufferToString(buf, o, content) };
}

function childrenOf(node: JsonNode): readonly (JsonEntry | JsonNode)[] | null {
  if (node.type === 'array') return node.items;
  if (node.type !== 'object') return null;
  return node.entries.slice().sort(compareKeys);
}

function compareKeys(a: JsonEntry, b: JsonEntry): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** A line feed and `n - 1` indentation characters when `n` > 0; nothing for compact output. */
function lineBreak(buf: Uint16Array, o: number, n: number, char: number): number {
  if (n === 0) return o;
  buf[o++] = 0x0a;
  buf.fill(char, o, o + n - 1);
  return o + n - 1;
}
