/** One authentication challenge (RFC 9110 §11.3). */
export interface Challenge {
  scheme: string;
  /** The token68 form (`Negotiate abc==`), when the challenge uses it instead of parameters. */
  token68?: string;
  /** Parameter names lower-cased (they are case-insensitive); values unquoted and unescaped. */
  params: Record<string, string>;
}

export interface ParsedChallenges {
  challenges: Challenge[];
  /** Syntax the parser had to skip, in words. */
  problems: string[];
}

/** Guards against pathological headers: nobody offers more challenges than this. */
export const MAX_CHALLENGES = 32;

const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const TOKEN68_CHAR = /[A-Za-z0-9\-._~+/]/;

interface Cursor {
  s: string;
  i: number;
}

function skipWs(c: Cursor): void {
  while (c.s[c.i] === ' ' || c.s[c.i] === '\t') c.i++;
}

function readWhile(c: Cursor, re: RegExp): string {
  const start = c.i;
  while (c.i < c.s.length && re.test(c.s[c.i] ?? '')) c.i++;
  return c.s.slice(start, c.i);
}

function atListEnd(c: Cursor): boolean {
  return c.i >= c.s.length || c.s[c.i] === ',';
}

/** quoted-string with backslash escapes; undefined when the closing quote is missing. */
function readQuoted(c: Cursor): string | undefined {
  c.i++;
  let out = '';
  while (c.i < c.s.length) {
    const ch = c.s[c.i++] ?? '';
    if (ch === '"') return out;
    if (ch === '\\' && c.i < c.s.length) out += c.s[c.i++] ?? '';
    else out += ch;
  }
  return undefined;
}

/** Skips to just after the next comma outside quotes, to recover from a syntax error. */
function skipElement(c: Cursor): void {
  while (c.i < c.s.length && c.s[c.i] !== ',') {
    if (c.s[c.i] === '"') readQuoted(c);
    else c.i++;
  }
}

/**
 * Tries `token68` at the cursor: the run of token68 characters, optional trailing "=", then the end
 * of the element. Restores the cursor and returns undefined when it is an auth-param instead.
 */
function tryToken68(c: Cursor): string | undefined {
  const start = c.i;
  const body = readWhile(c, TOKEN68_CHAR);
  const padding = readWhile(c, /=/);
  skipWs(c);
  if (body !== '' && atListEnd(c)) return body + padding;
  c.i = start;
  return undefined;
}

/**
 * Reads `name = value` at the cursor; restores it and returns undefined when the next element is
 * not a parameter (then it starts the next challenge).
 */
function tryParam(c: Cursor, problems: string[]): [string, string] | undefined {
  const start = c.i;
  const name = readWhile(c, TCHAR);
  skipWs(c);
  if (name === '' || c.s[c.i] !== '=') {
    c.i = start;
    return undefined;
  }
  c.i++;
  skipWs(c);
  let value: string | undefined;
  if (c.s[c.i] === '"') {
    value = readQuoted(c);
    if (value === undefined) problems.push(`The quoted value of "${name}" is never closed.`);
  } else {
    value = readWhile(c, TCHAR);
    if (value === '') problems.push(`"${name}" has no value.`);
  }
  return [name.toLowerCase(), value ?? ''];
}

/**
 * Parses one WWW-Authenticate / Proxy-Authenticate field value (RFC 9110 §11.6.1): several
 * challenges may share one line, separated by the same commas that separate their parameters, so a
 * new challenge is recognised by a token NOT followed by "=". Quoted commas are kept.
 */
export function parseChallenges(value: string): ParsedChallenges {
  const c: Cursor = { s: value, i: 0 };
  const challenges: Challenge[] = [];
  const problems: string[] = [];
  while (c.i < c.s.length && challenges.length < MAX_CHALLENGES) {
    while (c.s[c.i] === ',' || c.s[c.i] === ' ' || c.s[c.i] === '\t') c.i++;
    if (c.i >= c.s.length) break;
    const scheme = readWhile(c, TCHAR);
    if (scheme === '') {
      problems.push(`Unexpected "${c.s[c.i] ?? ''}" where an authentication scheme should start.`);
      skipElement(c);
      continue;
    }
    // No prototype: a parameter named "__proto__" or "constructor" must stay a plain entry.
    const challenge: Challenge = { scheme, params: Object.create(null) as Record<string, string> };
    challenges.push(challenge);
    skipWs(c);
    if (atListEnd(c)) continue;
    const token68 = tryToken68(c);
    if (token68 !== undefined) {
      challenge.token68 = token68;
      continue;
    }
    // auth-params, comma-separated, until an element that is not name=value
    for (;;) {
      const param = tryParam(c, problems);
      if (!param) break;
      const [name, v] = param;
      if (name in challenge.params)
        problems.push(`"${name}" appears twice in the ${scheme} challenge; the first is kept.`);
      else challenge.params[name] = v;
      skipWs(c);
      if (c.i >= c.s.length) break;
      if (c.s[c.i] !== ',') {
        problems.push(`Unexpected "${c.s[c.i] ?? ''}" after "${name}" in the ${scheme} challenge.`);
        skipElement(c);
      }
      // consume commas and spaces, then see whether the next element is another parameter
      while (c.s[c.i] === ',' || c.s[c.i] === ' ' || c.s[c.i] === '\t') c.i++;
      if (c.i >= c.s.length) break;
    }
  }
  return { challenges, problems };
}
