import { skipJsonString } from '../json/skipJsonValue';
import type { JsonIndex } from './jsonIndex';
import { childrenOf, keyOf } from './sameJsonValue';

/** Characters of one line kept for display; the rest is counted (one line can hold a 5 MB string). */
export const MAX_SHOWN_LINE_CHARS = 2_000;

export interface LinesOptions {
  /** Object members in key order (decoded keys, UTF-16 order), as the formatter's sortKeys does. */
  sortKeys: boolean;
  /** Write a member's key before it (`"stock": 0`), as written in the source. */
  withKey?: boolean;
  /** Values whose lines to report (first and last line, 0-based). */
  targets?: ReadonlySet<number>;
  /** Lines written at most; a last line then says how many values were left out. */
  maxLines: number;
}

export interface IndexedLines {
  lines: string[];
  ranges: Map<number, [number, number]>;
}

interface Frame {
  value: number;
  children: number[];
  next: number;
  depth: number;
  closing: string;
  comma: boolean;
}

const INDENT = '  ';

/**
 * Writes one value of an indexed document as formatted JSON lines (two-space indentation, one
 * member or item per line, as formatJson writes it), copying every token exactly as written. Long
 * lines are cut for display; iterative, so any depth is fine.
 */
export function formatIndexedLines(index: JsonIndex, root: number, options: LinesOptions): IndexedLines {
  const { source } = index;
  const lines: string[] = [];
  const ranges = new Map<number, [number, number]>();
  const stack: Frame[] = [];
  const push = (line: string): void => {
    lines.push(cut(line));
  };
  const childrenInOrder = (container: number): number[] => {
    const children = childrenOf(index, container);
    if (!options.sortKeys || source.charCodeAt(index.start[container] ?? 0) !== 0x7b) return children;
    const keyed = children.map((child) => ({ child, key: keyOf(index, child) }));
    keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    return keyed.map((entry) => entry.child);
  };
  const keyText = (member: number): string => {
    const at = index.keyAt[member] ?? -1;
    return at < 0 ? '' : `${source.slice(at, skipJsonString(source, at))}: `;
  };

  let written = 0;
  const open = (value: number, depth: number, prefix: string, comma: boolean): void => {
    written++;
    const indent = INDENT.repeat(depth);
    const first = lines.length;
    const start = index.start[value] ?? 0;
    const c = source.charCodeAt(start);
    const empty = (index.next[value] ?? 0) === value + 1;
    if ((c === 0x7b || c === 0x5b) && !empty) {
      push(`${indent}${prefix}${c === 0x7b ? '{' : '['}`);
      stack.push({
        value,
        children: childrenInOrder(value),
        next: 0,
        depth,
        closing: c === 0x7b ? '}' : ']',
        comma,
      });
      if (options.targets?.has(value)) ranges.set(value, [first, first]);
      return;
    }
    const text = c === 0x7b ? '{}' : c === 0x5b ? '[]' : source.slice(start, index.end[value] ?? start);
    push(`${indent}${prefix}${text}${comma ? ',' : ''}`);
    if (options.targets?.has(value)) ranges.set(value, [first, first]);
  };

  open(root, 0, options.withKey ? keyText(root) : '', false);
  while (stack.length > 0) {
    if (lines.length >= options.maxLines) {
      const leftOut = (index.next[root] ?? 0) - root - written;
      lines.push(leftOut > 0 ? `… ${leftOut.toLocaleString('en')} more values not shown` : '…');
      break;
    }
    const frame = stack[stack.length - 1] as Frame;
    const child = frame.children[frame.next];
    if (child === undefined) {
      stack.pop();
      push(`${INDENT.repeat(frame.depth)}${frame.closing}${frame.comma ? ',' : ''}`);
      const range = ranges.get(frame.value);
      if (range) range[1] = lines.length - 1;
      continue;
    }
    frame.next++;
    open(child, frame.depth + 1, keyText(child), frame.next < frame.children.length);
  }
  return { lines, ranges };
}

/** A line as shown: cut at MAX_SHOWN_LINE_CHARS, saying how much more there is. */
export function cut(line: string): string {
  if (line.length <= MAX_SHOWN_LINE_CHARS) return line;
  const rest = line.length - MAX_SHOWN_LINE_CHARS;
  return `${line.slice(0, MAX_SHOWN_LINE_CHARS)} … (${rest.toLocaleString('en')} more characters)`;
}
