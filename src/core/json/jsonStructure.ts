/**
 * The containers (objects and arrays) of a JSON text, listed in the order they open. Folding, the path
 * of a position, going to a path and the outline all read this instead of parsing: it is computed once
 * per document (in the worker for big ones) and is a handful of typed arrays, cheap to send between
 * threads and small beside the text (one entry per bracket pair, not per value).
 *
 * Every array has `count` entries; entry i describes the i-th container to open, so `start` ascends.
 */
export interface JsonStructure {
  count: number;
  /** Offset of the opening bracket. */
  start: Int32Array;
  /** Offset of the matching closing bracket; -1 when the text ends first. */
  end: Int32Array;
  /** The enclosing container; -1 at the top. */
  parent: Int32Array;
  /** Nesting depth: 0 for the top-level value, 1 for its members or items, ... */
  depth: Int32Array;
  /** For a member of an object: the offset of its key (the opening quote); -1 otherwise. */
  keyStart: Int32Array;
  /** Position among the parent's members or items, from 0. */
  index: Int32Array;
  /** Members or items directly inside. */
  childCount: Int32Array;
  /** 0-based lines of the opening and closing brackets (-1 when unclosed), broken as lineStarts does. */
  startLine: Int32Array;
  endLine: Int32Array;
}

const FIELDS = [
  'start',
  'end',
  'parent',
  'depth',
  'keyStart',
  'index',
  'childCount',
  'startLine',
  'endLine',
] as const;

type Field = (typeof FIELDS)[number];

/** Growable columns; compacted copies at the end, so nothing past `count` is sent between threads. */
class Columns {
  count = 0;
  private capacity = 1024;
  readonly data = Object.fromEntries(FIELDS.map((f) => [f, new Int32Array(1024)])) as Record<
    Field,
    Int32Array
  >;

  add(): number {
    if (this.count === this.capacity) {
      this.capacity *= 2;
      for (const field of FIELDS) {
        const grown = new Int32Array(this.capacity);
        grown.set(this.data[field]);
        this.data[field] = grown;
      }
    }
    return this.count++;
  }

  finish(): JsonStructure {
    const result = { count: this.count } as JsonStructure;
    for (const field of FIELDS) result[field] = this.data[field].slice(0, this.count);
    return result;
  }
}

/**
 * One pass over the text: brackets outside strings, the key in front of each member, commas for
 * positions and child counts, line breaks for lines. Meant for valid JSON (the scanner says whether it
 * is); on invalid text it still returns the brackets it saw, never throws, and stops at the end.
 */
export function jsonStructure(text: string): JsonStructure {
  const columns = new Columns();
  const len = text.length;
  let top = -1;
  let expectKey = false; // inside an object, after `{` or `,`: the next string is a key
  let pendingKey = -1;
  let lastToken = -1; // offset of the last character that was not whitespace
  let line = 0;

  for (let p = 0; p < len; p++) {
    const c = text.charCodeAt(p);
    // Most characters of formatted JSON are indentation, and most of the rest sit inside strings.
    if (c === 0x20) continue;
    switch (c) {
      case 0x09:
        continue;
      case 0x0a:
        line++;
        continue;
      case 0x0d:
        if (text.charCodeAt(p + 1) !== 0x0a) line++;
        continue;
      case 0x22: {
        const stringStart = p;
        p = stringEnd(text, p) - 1;
        if (expectKey) {
          pendingKey = stringStart;
          expectKey = false;
        }
        lastToken = p;
        continue;
      }
      case 0x7b:
      case 0x5b: {
        const i = columns.add();
        const data = columns.data;
        const inObject = top >= 0 && text.charCodeAt(data.start[top] ?? 0) === 0x7b;
        data.start[i] = p;
        data.end[i] = -1;
        data.parent[i] = top;
        data.depth[i] = top < 0 ? 0 : (data.depth[top] ?? 0) + 1;
        data.keyStart[i] = inObject ? pendingKey : -1;
        data.index[i] = top < 0 ? 0 : (data.childCount[top] ?? 0);
        data.childCount[i] = 0;
        data.startLine[i] = line;
        data.endLine[i] = -1;
        pendingKey = -1;
        top = i;
        expectKey = c === 0x7b;
        lastToken = p;
        continue;
      }
      case 0x7d:
      case 0x5d:
        if (top >= 0) {
          const data = columns.data;
          data.end[top] = p;
          data.endLine[top] = line;
          data.childCount[top] = childrenOf(text, data, top, lastToken);
          top = data.parent[top] ?? -1;
          expectKey = false;
        }
        lastToken = p;
        continue;
      case 0x2c:
        if (top >= 0) {
          // While a container is open, childCount counts its commas; it becomes the count at the close.
          columns.data.childCount[top] = (columns.data.childCount[top] ?? 0) + 1;
          expectKey = text.charCodeAt(columns.data.start[top] ?? 0) === 0x7b;
        }
        lastToken = p;
        continue;
      default:
        lastToken = p;
    }
  }
  for (let open = top; open >= 0; open = columns.data.parent[open] ?? -1) {
    columns.data.childCount[open] = childrenOf(text, columns.data, open, lastToken);
  }
  return columns.finish();
}

/** Children of a container from its comma count: none when nothing but whitespace followed the bracket. */
function childrenOf(text: string, data: Record<Field, Int32Array>, i: number, lastToken: number): number {
  const commas = data.childCount[i] ?? 0;
  if (lastToken === data.start[i]) return 0;
  // A trailing comma (invalid JSON) is not followed by another child.
  return text.charCodeAt(lastToken) === 0x2c ? commas : commas + 1;
}

/** Offset after the string token at `start`; a raw line break (invalid JSON) ends it early. */
function stringEnd(text: string, start: number): number {
  const len = text.length;
  for (let p = start + 1; p < len; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x22) return p + 1;
    if (c === 0x0a || c === 0x0d) return p;
    if (c === 0x5c) {
      const next = text.charCodeAt(p + 1);
      if (next !== 0x0a && next !== 0x0d) p++;
    }
  }
  return len;
}
