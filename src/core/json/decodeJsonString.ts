import { readHex4, SIMPLE_ESCAPE } from './jsonCharTables';

/** Decoded pieces are joined in batches so a string with many escapes never builds a huge array. */
const DECODE_CHUNK_UNITS = 8192;

/**
 * Decodes the JSON string token `source.slice(start, end)` (quotes included) to its value, exactly as
 * JSON.parse would: escapes resolved, lone surrogate escapes kept as lone code units.
 *
 * Expects a token the scanner accepted; an invalid escape is kept as written rather than thrown on.
 */
export function decodeJsonString(source: string, start: number, end: number): string {
  const last = end - 1;
  let p = start + 1;
  while (p < last && source.charCodeAt(p) !== 0x5c) p++;
  if (p >= last) return source.slice(start + 1, last);

  let result = source.slice(start + 1, p);
  let units: number[] = [];
  let runStart = p;
  while (p < last) {
    const c = source.charCodeAt(p);
    if (c !== 0x5c) {
      p++;
      continue;
    }
    if (runStart < p) {
      result += flush(units);
      units = [];
      result += source.slice(runStart, p);
    }
    const e = source.charCodeAt(p + 1);
    const simple = e < 128 ? (SIMPLE_ESCAPE[e] ?? 0) : 0;
    if (simple !== 0) {
      units.push(simple);
      p += 2;
    } else if (e === 0x75 && readHex4(source, p + 2) >= 0) {
      units.push(readHex4(source, p + 2));
      p += 6;
    } else {
      // Not a JSON escape: keep the backslash as text (only reachable for unvalidated input).
      units.push(0x5c);
      p += 1;
    }
    if (units.length >= DECODE_CHUNK_UNITS) {
      result += flush(units);
      units = [];
    }
    runStart = p;
  }
  result += flush(units);
  if (runStart < last) result += source.slice(runStart, last);
  return result;
}

function flush(units: number[]): string {
  return units.length === 0 ? '' : String.fromCharCode(...units);
}
