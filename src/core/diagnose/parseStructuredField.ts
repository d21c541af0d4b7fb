/**
 * A parser for RFC 9651 Structured Field Values, enough for the headers the diagnosis reads
 * (RateLimit, RateLimit-Policy, Deprecation). It follows the RFC's parsing algorithms and, like them,
 * rejects the whole field on any syntax error (undefined) rather than guessing.
 */

export type BareItem =
  | { type: 'integer' | 'decimal'; value: number }
  | { type: 'string' | 'token' | 'display'; value: string }
  | { type: 'binary'; value: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'date'; value: number };

export type Parameters = Map<string, BareItem>;

export interface Item {
  kind: 'item';
  value: BareItem;
  params: Parameters;
}

export interface InnerList {
  kind: 'inner-list';
  items: Item[];
  params: Parameters;
}

export type Member = Item | InnerList;

/** RFC 9651 limits: integers have at most 15 digits; decimals 12 integer and 3 fraction digits. */
const MAX_INTEGER_DIGITS = 15;
const MAX_DECIMAL_INTEGER_DIGITS = 12;
const MAX_DECIMAL_FRACTION_DIGITS = 3;

interface Cursor {
  s: string;
  i: number;
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isAlpha = (ch: string | undefined): boolean => ch !== undefined && /^[A-Za-z]$/.test(ch);
const TCHAR = /^[!#$%&'*+\-.^_`|~0-9A-Za-z:/]$/;
const KEY_CHAR = /^[a-z0-9_\-.*]$/;

function skipSpaces(c: Cursor): void {
  while (c.s[c.i] === ' ') c.i++;
}

function skipOws(c: Cursor): void {
  while (c.s[c.i] === ' ' || c.s[c.i] === '\t') c.i++;
}

function parseNumber(c: Cursor): BareItem | undefined {
  let sign = 1;
  if (c.s[c.i] === '-') {
    sign = -1;
    c.i++;
  }
  if (!isDigit(c.s[c.i])) return undefined;
  let text = '';
  let decimal = false;
  while (c.i < c.s.length) {
    const ch = c.s[c.i];
    if (isDigit(ch)) text += ch;
    else if (ch === '.' && !decimal) {
      if (text.length > MAX_DECIMAL_INTEGER_DIGITS) return undefined;
      text += ch;
      decimal = true;
    } else break;
    c.i++;
    if (!decimal && text.length > MAX_INTEGER_DIGITS) return undefined;
  }
  if (!decimal) return { type: 'integer', value: sign * Number(text) };
  const fraction = text.length - text.indexOf('.') - 1;
  if (fraction < 1 || fraction > MAX_DECIMAL_FRACTION_DIGITS) return undefined;
  return { type: 'decimal', value: sign * Number(text) };
}

function parseString(c: Cursor): BareItem | undefined {
  c.i++; // opening quote
  let out = '';
  while (c.i < c.s.length) {
    const ch = c.s[c.i++] ?? '';
    if (ch === '\\') {
      const next = c.s[c.i++];
      if (next !== '"' && next !== '\\') return undefined;
      out += next;
    } else if (ch === '"') {
      return { type: 'string', value: out };
    } else if (ch < ' ' || ch > '~') {
      return undefined;
    } else out += ch;
  }
  return undefined;
}

function parseToken(c: Cursor): BareItem {
  const start = c.i;
  c.i++;
  while (c.i < c.s.length && TCHAR.test(c.s[c.i] ?? '')) c.i++;
  return { type: 'token', value: c.s.slice(start, c.i) };
}

function parseBinary(c: Cursor): BareItem | undefined {
  const end = c.s.indexOf(':', c.i + 1);
  if (end < 0) return undefined;
  const value = c.s.slice(c.i + 1, end);
  if (!/^[A-Za-z0-9+/=]*$/.test(value)) return undefined;
  c.i = end + 1;
  return { type: 'binary', value };
}

function parseBoolean(c: Cursor): BareItem | undefined {
  const ch = c.s[c.i + 1];
  if (ch !== '0' && ch !== '1') return undefined;
  c.i += 2;
  return { type: 'boolean', value: ch === '1' };
}

function parseDate(c: Cursor): BareItem | undefined {
  c.i++;
  const n = parseNumber(c);
  if (!n || n.type !== 'integer') return undefined;
  return { type: 'date', value: n.value };
}

function parseDisplayString(c: Cursor): BareItem | undefined {
  if (c.s[c.i + 1] !== '"') return undefined;
  c.i += 2;
  let encoded = '';
  while (c.i < c.s.length) {
    const ch = c.s[c.i++] ?? '';
    if (ch === '"') {
      try {
        return { type: 'display', value: decodeURIComponent(encoded) };
      } catch {
        return undefined;
      }
    }
    if (ch === '%') {
      const hex = c.s.slice(c.i, c.i + 2);
      if (!/^[0-9a-f]{2}$/.test(hex)) return undefined;
      encoded += `%${hex}`;
      c.i += 2;
    } else if (ch < ' ' || ch > '~') return undefined;
    else encoded += encodeURIComponent(ch);
  }
  return undefined;
}

function parseBareItem(c: Cursor): BareItem | undefined {
  const ch = c.s[c.i];
  if (ch === '-' || isDigit(ch)) return parseNumber(c);
  if (ch === '"') return parseString(c);
  if (ch === '*' || isAlpha(ch)) return parseToken(c);
  if (ch === ':') return parseBinary(c);
  if (ch === '?') return parseBoolean(c);
  if (ch === '@') return parseDate(c);
  if (ch === '%') return parseDisplayString(c);
  return undefined;
}

function parseKey(c: Cursor): string | undefined {
  const first = c.s[c.i];
  if (first === undefined || !(first === '*' || (first >= 'a' && first <= 'z'))) return undefined;
  const start = c.i;
  while (c.i < c.s.length && KEY_CHAR.test(c.s[c.i] ?? '')) c.i++;
  return c.s.slice(start, c.i);
}

function parseParameters(c: Cursor): Parameters | undefined {
  const params: Parameters = new Map();
  while (c.s[c.i] === ';') {
    c.i++;
    skipSpaces(c);
    const key = parseKey(c);
    if (key === undefined) return undefined;
    let value: BareItem | undefined = { type: 'boolean', value: true };
    if (c.s[c.i] === '=') {
      c.i++;
      value = parseBareItem(c);
      if (!value) return undefined;
    }
    params.set(key, value);
  }
  return params;
}

function parseItem(c: Cursor): Item | undefined {
  const value = parseBareItem(c);
  if (!value) return undefined;
  const params = parseParameters(c);
  return params && { kind: 'item', value, params };
}

function parseInnerList(c: Cursor): InnerList | undefined {
  c.i++; // (
  const items: Item[] = [];
  while (c.i < c.s.length) {
    skipSpaces(c);
    if (c.s[c.i] === ')') {
      c.i++;
      const params = parseParameters(c);
      return params && { kind: 'inner-list', items, params };
    }
    const item = parseItem(c);
    if (!item) return undefined;
    items.push(item);
    const next = c.s[c.i];
    if (next !== ' ' && next !== ')') return undefined;
  }
  return undefined;
}

function parseMember(c: Cursor): Member | undefined {
  return c.s[c.i] === '(' ? parseInnerList(c) : parseItem(c);
}

/** Runs `readMember` over a comma-separated field; undefined when any member fails. */
function parseMembers(text: string, readMember: (c: Cursor) => boolean): boolean {
  const c: Cursor = { s: text, i: 0 };
  skipSpaces(c);
  while (c.i < c.s.length) {
    if (!readMember(c)) return false;
    skipOws(c);
    if (c.i >= c.s.length) return true;
    if (c.s[c.i] !== ',') return false;
    c.i++;
    skipOws(c);
    if (c.i >= c.s.length) return false; // trailing comma
  }
  return true;
}

/** A List field (RateLimit, RateLimit-Policy in the current draft). */
export function parseSfList(text: string): Member[] | undefined {
  const members: Member[] = [];
  const ok = parseMembers(text.trim(), (c) => {
    const member = parseMember(c);
    if (member) members.push(member);
    return member !== undefined;
  });
  return ok ? members : undefined;
}

/** A Dictionary field (the earlier `RateLimit: limit=100, remaining=50, reset=5` drafts). */
export function parseSfDictionary(text: string): Map<string, Member> | undefined {
  const dict = new Map<string, Member>();
  const ok = parseMembers(text.trim(), (c) => {
    const key = parseKey(c);
    if (key === undefined) return false;
    let member: Member | undefined;
    if (c.s[c.i] === '=') {
      c.i++;
      member = parseMember(c);
    } else {
      const params = parseParameters(c);
      member = params && { kind: 'item', value: { type: 'boolean', value: true }, params };
    }
    if (member) dict.set(key, member);
    return member !== undefined;
  });
  return ok ? dict : undefined;
}

/** A single Item field (Deprecation: `@1688169599`). */
export function parseSfItem(text: string): Item | undefined {
  const c: Cursor = { s: text.trim(), i: 0 };
  const item = parseItem(c);
  return item && c.i === c.s.length ? item : undefined;
}

/** The numeric value of a bare item (integers and decimals), for parameters such as `r=0` or `w=60`. */
export function numberOf(item: BareItem | undefined): number | undefined {
  return item && (item.type === 'integer' || item.type === 'decimal') ? item.value : undefined;
}

/** The text of a string, token or display-string item. */
export function textOf(item: BareItem | undefined): string | undefined {
  return item && (item.type === 'string' || item.type === 'token' || item.type === 'display')
    ? item.value
    : undefined;
}
