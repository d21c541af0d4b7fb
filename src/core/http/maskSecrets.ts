import type { BodyChange, HeaderDiff, ResponseDiff } from '../types';
import { maskUrl } from '../session/sanitize/maskUrl';
import { RedactionLog } from '../session/sanitize/redactionLog';
import { isSecretName, scrubJwts } from './secretNames';
import { hasSecretMember, maskSecretStringMembers, SECRET_KEY } from './secretMembers';

/**
 * What must never leave the tab in clear when a comparison is copied: credentials in headers and
 * secret-looking members of bodies. The screen itself shows the user's own text unmasked.
 */
export const MASK = '•••';

const NO_EXTRA_NAMES: ReadonlySet<string> = new Set();

/**
 * True for headers that carry credentials (Authorization, Cookie, Set-Cookie, X-API-Key, ...): the
 * same names the HAR sanitizer masks, and not the CORS headers that merely mention credentials.
 */
export function isSecretHeader(name: string): boolean {
  return isSecretName(name, NO_EXTRA_NAMES);
}

/** True when a body path names a secret-looking member, or the value holds one. */
export function isSecretBodyValue(path: string, value: string | undefined): boolean {
  if (path.split('/').some((segment) => SECRET_KEY.test(segment))) return true;
  return value !== undefined && hasSecretMember(value);
}

function maskHeader(h: HeaderDiff): HeaderDiff {
  if (!isSecretHeader(h.name)) return h;
  return {
    ...h,
    ...(h.a !== undefined && { a: MASK }),
    ...(h.b !== undefined && { b: MASK }),
  };
}

function maskBodyChange(c: BodyChange): BodyChange {
  const a = c.a !== undefined && isSecretBodyValue(c.path, c.a);
  const b = c.b !== undefined && isSecretBodyValue(c.path, c.b);
  if (!a && !b) return c;
  return { ...c, ...(a && { a: MASK }), ...(b && { b: MASK }) };
}

/**
 * A copy of a comparison fit to leave the tab: the values of credential headers and secret-looking
 * body values are replaced by MASK. Paths, names and the summary stay, so the report still says
 * what differs.
 */
export function maskSecrets(diff: ResponseDiff): ResponseDiff {
  return {
    ...diff,
    headers: diff.headers.map(maskHeader),
    body: { ...diff.body, changes: diff.body.changes.map(maskBodyChange) },
  };
}

/**
 * Body text fit to leave the tab: the string values of secret-looking JSON members are replaced by
 * MASK, everything else stays as written. Linear in the text, whatever it holds.
 */
export function maskSecretMembers(text: string): string {
  return maskSecretStringMembers(text, MASK);
}

/** Where a URL's scheme may start, looked for backwards from its `://` (schemes are short). */
const MAX_SCHEME = 32;
/** A URL runs from its `://` to a space, a quote, a bracket or a backtick. */
const URL_REST = /:\/\/[^\s"'<>`]+/g;

/**
 * Every URL in a text with its secrets masked as the HAR sanitizer masks them (one classifier,
 * isSecretName): the password of any scheme's `user:password@` (https, postgres, redis, amqp…),
 * secret query and fragment parameters; and every JWT, in a URL or not. Linear in the text: each
 * URL is found from its `://`, its scheme read backwards over at most MAX_SCHEME characters.
 */
export function maskSecretText(text: string): string {
  const log = new RedactionLog();
  let out = '';
  let last = 0;
  URL_REST.lastIndex = 0;
  for (let m = URL_REST.exec(text); m; m = URL_REST.exec(text)) {
    let start = m.index;
    const floor = Math.max(0, m.index - MAX_SCHEME);
    while (start > floor && /[a-z0-9+.-]/i.test(text.charAt(start - 1))) start--;
    while (start < m.index && !/[a-z]/i.test(text.charAt(start))) start++;
    if (start === m.index || start < last) continue;
    const end = m.index + m[0].length;
    out += text.slice(last, start) + maskUrl(text.slice(start, end), NO_EXTRA_NAMES, log, MASK);
    last = end;
  }
  out += text.slice(last);
  return scrubJwts(out, MASK, () => {});
}

/** Body text fit to leave the tab: secret JSON members, and the secrets of URLs and JWTs anywhere in it. */
export function maskBodyText(text: string): string {
  return maskSecretText(maskSecretMembers(text));
}
