/**
 * Finds the line of a JSON Pointer in a pretty-printed JSON document (one member or item per line, as
 * the core's formatter writes it), so a click on a body change can scroll the diff editor there.
 *
 * It walks the text by indentation rather than parsing: an object's members and an array's items are
 * the lines one indentation step deeper than the line that opened it. When a segment cannot be found
 * (a key written with escapes, text that is not pretty-printed), the deepest line found is returned.
 * It is a heuristic for the formatter's output, not a parser: exact positions would need the scanner.
 */
export function locatePointer(text: string, pointer: string): number {
  const lines = text.split('\n');
  let line = firstContentLine(lines);
  if (line < 0) return 1;
  for (const segment of parsePointer(pointer)) {
    const child = findChild(lines, line, segment);
    if (child === undefined) break;
    line = child;
  }
  return line + 1;
}

/** A text body's change path ("/lines/12") as a line number, when it is one. */
export function lineOfTextPath(path: string): number | undefined {
  const match = /^\/lines\/(\d+)$/.exec(path);
  return match ? Number(match[1]) : undefined;
}

function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function firstContentLine(lines: readonly string[]): number {
  return lines.findIndex((l) => l.trim() !== '');
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

function opensContainer(line: string): '{' | '[' | undefined {
  const end = line.trimEnd().at(-1);
  return end === '{' || end === '[' ? end : undefined;
}

/** The line index of the member (objects) or item (arrays) `segment` of the container opened at `open`. */
function findChild(lines: readonly string[], open: number, segment: string): number | undefined {
  const opener = opensContainer(lines[open] ?? '');
  if (!opener) return undefined;
  const parentIndent = indentOf(lines[open] ?? '');
  const first = lines[open + 1];
  if (first === undefined || indentOf(first) <= parentIndent) return undefined;
  const childIndent = indentOf(first);
  const index = opener === '[' && /^\d+$/.test(segment) ? Number(segment) : -1;
  let found: number | undefined;
  let count = 0;
  for (let i = open + 1; i < lines.length; i++) {
    const current = lines[i] ?? '';
    const indent = indentOf(current);
    if (current.trim() !== '' && indent <= parentIndent) break;
    if (indent !== childIndent) continue;
    const trimmed = current.trimStart();
    if (trimmed.startsWith('}') || trimmed.startsWith(']')) continue;
    if (opener === '[') {
      if (count === index) return i;
      count++;
    } else if (keyOf(trimmed) === segment) {
      // Duplicate keys: the last one wins, as the comparison reads them.
      found = i;
    }
  }
  return found;
}

/** The decoded key a member line starts with (`"name": ...`), or undefined. */
function keyOf(trimmed: string): string | undefined {
  if (!trimmed.startsWith('"')) return undefined;
  let i = 1;
  while (i < trimmed.length && trimmed[i] !== '"') i += trimmed[i] === '\\' ? 2 : 1;
  try {
    const key: unknown = JSON.parse(trimmed.slice(0, i + 1));
    return typeof key === 'string' ? key : undefined;
  } catch {
    return undefined;
  }
}
