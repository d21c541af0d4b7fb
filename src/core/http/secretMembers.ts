import { spliceEdits, type Edit } from '../text/spliceEdits';

/**
 * Secret-looking JSON members found by one left-to-right scan of any text: a JSON document, the start
 * of one cut short, a shell command holding a JSON argument. A member is a string token (on one line)
 * followed by a colon; what makes it secret is its key. Every character is read a bounded number of
 * times, so a hostile text (a 10 MB string of "token token …") costs what a short one costs per byte.
 */

/** Keys whose values reports and comparisons never show in clear. */
export const SECRET_KEY =
  /password|passwd|secret|token|api[-_]?key|authorization|cookie|session|credential|private[-_]?key/i;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const COLON = 0x3a;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === NEWLINE || c === 0x0b || c === 0x0c || c === 0xa0;
}

/**
 * The end (just past the closing quote) of the string token opening at `start`; when the line or the
 * text ends first, `~stop` (negative), where `stop` is that line break or the text's end. No quote
 * before `stop` can open a token either: from the character after it, its scan is this one.
 * A backslash escapes the next character, except a line break.
 */
export function stringTokenEnd(text: string, start: number): number {
  let p = start + 1;
  for (; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === QUOTE) return p + 1;
    if (c === NEWLINE) return ~p;
    if (c === BACKSLASH) {
      if (text.charCodeAt(p + 1) === NEWLINE) return ~(p + 1);
      p++;
    }
  }
  return ~Math.min(p, text.length);
}

function skipSpaces(text: string, from: number): number {
  let p = from;
  while (p < text.length && isSpace(text.charCodeAt(p))) p++;
  return p;
}

/**
 * Calls `onSecret` for each member whose key looks secret, with the offset just past its colon; the
 * scan goes on from the offset `onSecret` returns (past the value it dealt with).
 */
function scanSecretMembers(text: string, onSecret: (afterColon: number) => number): void {
  let p = text.indexOf('"');
  while (p >= 0) {
    const end = stringTokenEnd(text, p);
    if (end < 0) {
      // Not a token, nor any quote before the line break: go on from the next line.
      p = text.indexOf('"', ~end);
      continue;
    }
    const colon = skipSpaces(text, end);
    if (text.charCodeAt(colon) === COLON && SECRET_KEY.test(text.slice(p + 1, end - 1))) {
      p = text.indexOf('"', onSecret(colon + 1));
    } else {
      p = text.indexOf('"', end);
    }
  }
}

/** True when the text holds a member whose key looks secret (`"refresh_token": …`). */
export function hasSecretMember(text: string): boolean {
  let found = false;
  scanSecretMembers(text, () => {
    found = true;
    return text.length;
  });
  return found;
}

/**
 * The text with the string value of each secret-looking member replaced by `"<mask>"` (a value cut
 * short by the end of the text, from its quote to the end); everything else stays as written. Values that are not strings (numbers, objects) are left: their keys say
 * enough, and an object's own secret members are masked in turn.
 */
export function maskSecretStringMembers(text: string, mask: string): string {
  const edits: Edit[] = [];
  scanSecretMembers(text, (afterColon) => {
    const valueStart = skipSpaces(text, afterColon);
    if (text.charCodeAt(valueStart) !== QUOTE) return afterColon;
    const valueEnd = stringTokenEnd(text, valueStart);
    if (valueEnd < 0) {
      // A value the text's end cuts short (a report quotes the start of a body): mask what is there.
      if (~valueEnd < text.length) return afterColon;
      edits.push({ start: valueStart, end: text.length, text: `"${mask}` });
      return text.length;
    }
    edits.push({ start: valueStart, end: valueEnd, text: `"${mask}"` });
    return valueEnd;
  });
  return spliceEdits(text, edits);
}
