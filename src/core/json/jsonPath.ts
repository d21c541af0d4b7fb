/**
 * One step of a path into a JSON document: a member's key or an array index. A string of digits also
 * selects an array item (JSON Pointer has no other way to write an index); a number written as `[3]`
 * also selects the member "3" of an object, as JavaScript's `value[3]` does.
 */
export type JsonPathSegment = string | number;

/** RFC 6901 JSON Pointer: `/data/3/items`; the whole document is the empty pointer. */
export function toJsonPointer(segments: readonly JsonPathSegment[]): string {
  return segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The path as JavaScript would reach the value from the parsed document: `data[3].items`, with
 * `["odd key"]` for keys that are not identifiers. The whole document is the empty string.
 */
export function toAccessorPath(segments: readonly JsonPathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

/** What a "Go to" box holds: a line (and column), or a path in either notation. */
export type GoToTarget =
  | { kind: 'line'; line: number; column?: number }
  | { kind: 'path'; segments: JsonPathSegment[] }
  | { kind: 'invalid'; message: string };

/**
 * Reads what the user typed into "Go to": `120` or `120:8` is a line (and column); `/data/3/items`
 * (or `#/data/3/items`) a JSON Pointer; `data[3].items`, `$.data[3].items`, `.data[3].items` (jq) or
 * `data.3.items` a path, with `["odd key"]` or `['odd key']` for keys holding dots or brackets.
 */
export function parseGoToTarget(input: string): GoToTarget {
  const text = input.trim();
  const line = /^(\d+)(?:[:,]\s*(\d+))?$/.exec(text);
  if (line) {
    const target: GoToTarget = { kind: 'line', line: Number(line[1]) };
    if (line[2] !== undefined) target.column = Number(line[2]);
    return target;
  }
  if (text === '') return { kind: 'invalid', message: 'Type a line number, a JSON Pointer or a path.' };
  const pointer = text.startsWith('#/') ? text.slice(1) : text;
  if (pointer.startsWith('/')) return { kind: 'path', segments: parsePointer(pointer) };
  return parseAccessorPath(text);
}

function parsePointer(pointer: string): string[] {
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function parseAccessorPath(text: string): GoToTarget {
  const segments: JsonPathSegment[] = [];
  let p = 0;
  if (text[p] === '$') p++;
  if (text[p] === '.' && text[p + 1] !== '.') p++;
  // A name may follow at the start, after a dot, or (leniently) right after a bracket.
  while (p < text.length) {
    const c = text[p];
    if (c === '[') {
      const read = readBracket(text, p);
      if ('message' in read) return { kind: 'invalid', message: read.message };
      segments.push(read.segment);
      p = read.end;
      continue;
    }
    if (c === '.') {
      p++;
      if (p >= text.length || text[p] === '.' || text[p] === '[')
        return { kind: 'invalid', message: `A name is missing after the dot at position ${p}.` };
      continue;
    }
    let end = p;
    while (end < text.length && text[end] !== '.' && text[end] !== '[') end++;
    segments.push(text.slice(p, end).trim());
    p = end;
  }
  return { kind: 'path', segments };
}

/** `[3]`, `["key"]` or `['key']` at `start`. */
function readBracket(
  text: string,
  start: number,
): { segment: JsonPathSegment; end: number } | { message: string } {
  const close = text[start + 1] === '"' || text[start + 1] === "'" ? quotedEnd(text, start + 1) : -1;
  if (close >= 0) {
    if (text[close + 1] !== ']') return { message: `\`]\` expected after the quoted key at ${start + 1}.` };
    const raw = text.slice(start + 1, close + 1);
    return { segment: unquote(raw), end: close + 2 };
  }
  const end = text.indexOf(']', start);
  if (end < 0) return { message: `The \`[\` at position ${start + 1} is never closed.` };
  const inside = text.slice(start + 1, end).trim();
  if (/^\d+$/.test(inside)) return { segment: Number(inside), end: end + 1 };
  if (inside === '')
    return { message: `Empty brackets at position ${start + 1}: write an index or a quoted key.` };
  return { segment: inside, end: end + 1 };
}

/** Offset of the quote closing the quoted key that opens at `open`, or -1. */
function quotedEnd(text: string, open: number): number {
  const quote = text[open];
  for (let p = open + 1; p < text.length; p++) {
    if (text[p] === '\\') p++;
    else if (text[p] === quote) return p;
  }
  return -1;
}

function unquote(raw: string): string {
  if (raw.startsWith('"')) {
    try {
      return JSON.parse(raw) as string;
    } catch {
      return raw.slice(1, -1);
    }
  }
  return raw.slice(1, -1).replace(/\\(.)/g, '$1');
}
