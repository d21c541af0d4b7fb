/**
 * Big strings of a worker's result that are copies of part of its request (a 50 MB body shown as
 * received is part of the pasted text, twice over) travel back as references: posting them would make
 * the main thread deserialize the same megabytes again, in one task that freezes the page. The main
 * thread, which still holds the request, takes them back with String.prototype.slice.
 */

/** Strings shorter than this are posted as they are: finding them would cost more than copying them. */
export const SHARED_SLICE_MIN_CHARS = 100_000;
/** Characters compared first when looking for a string inside a request string. */
const PROBE_CHARS = 64;
/** Places a probe may match before the search gives up (each one is checked in full). */
const MAX_CANDIDATES = 8;

/** A string left out of a result: where it was, and which part of which request field it equals. */
export interface InputSlice {
  path: (string | number)[];
  field: string;
  start: number;
  end: number;
}

/**
 * Replaces, in `result` itself, every string of at least SHARED_SLICE_MIN_CHARS characters that is part of
 * one of the request's string fields by '' and lists where it was. The walk is linear in the result.
 */
export function detachInputSlices(result: unknown, request: object): InputSlice[] {
  const fields = Object.entries(request).filter(
    (entry): entry is [string, string] =>
      typeof entry[1] === 'string' && entry[1].length >= SHARED_SLICE_MIN_CHARS,
  );
  const slices: InputSlice[] = [];
  if (fields.length === 0 || result === null || typeof result !== 'object') return slices;
  const seen = new Set<object>();
  const path: (string | number)[] = [];
  const visit = (holder: Record<string | number, unknown>, key: string | number): void => {
    const value = holder[key];
    if (typeof value === 'string') {
      if (value.length < SHARED_SLICE_MIN_CHARS) return;
      for (const [field, text] of fields) {
        const start = findPart(text, value);
        if (start < 0) continue;
        slices.push({ path: [...path, key], field, start, end: start + value.length });
        holder[key] = '';
        return;
      }
      return;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return;
    seen.add(value);
    path.push(key);
    const container = value as Record<string | number, unknown>;
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) visit(container, i);
    else for (const name of Object.keys(container)) visit(container, name);
    path.pop();
  };
  const root = { result };
  visit(root, 'result');
  for (const slice of slices) slice.path.shift(); // drop the 'result' step of the wrapper
  return slices;
}

/** Puts the strings listed by detachInputSlices back into `result`, from the request they came from. */
export function attachInputSlices<T>(result: T, slices: readonly InputSlice[], request: object): T {
  const fields = request as Record<string, unknown>;
  for (const { path, field, start, end } of slices) {
    const text = fields[field];
    if (typeof text !== 'string' || path.length === 0) continue;
    let holder = result as unknown as Record<string | number, unknown>;
    for (const step of path.slice(0, -1)) holder = holder[step] as Record<string | number, unknown>;
    holder[path[path.length - 1] as string | number] = text.slice(start, end);
  }
  return result;
}

/** Where `part` starts inside `text`, or -1; linear in their lengths (a bounded number of full checks). */
function findPart(text: string, part: string): number {
  if (part.length > text.length) return -1;
  if (text.endsWith(part)) return text.length - part.length;
  const probe = part.slice(0, PROBE_CHARS);
  let at = text.indexOf(probe);
  for (let tries = 0; at >= 0 && tries < MAX_CANDIDATES; tries++) {
    if (text.startsWith(part, at)) return at;
    at = text.indexOf(probe, at + 1);
  }
  return -1;
}
