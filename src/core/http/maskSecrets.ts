import type { BodyChange, HeaderDiff, ResponseDiff } from '../types';
import { isSecretName } from './secretNames';

/**
 * What must never leave the tab in clear when a comparison is copied: credentials in headers and
 * secret-looking members of bodies. The screen itself shows the user's own text unmasked.
 */
export const MASK = '•••';

const SECRET_KEY =
  /password|passwd|secret|token|api[-_]?key|authorization|cookie|session|credential|private[-_]?key/i;
/** A JSON member whose key looks secret, anywhere inside a value's source text. */
const SECRET_MEMBER = new RegExp(`"[^"\\n]*(?:${SECRET_KEY.source})[^"\\n]*"\\s*:`, 'i');

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
  const segments = path.split('/');
  if (segments.some((segment) => SECRET_KEY.test(segment))) return true;
  return value !== undefined && SECRET_MEMBER.test(value);
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

/** A JSON string member whose key looks secret: `"access_token": "..."`. */
const SECRET_STRING_MEMBER = new RegExp(
  `("[^"\\n]*(?:${SECRET_KEY.source})[^"\\n]*"\\s*:\\s*)"(?:[^"\\\\\\n]|\\\\.)*"`,
  'gi',
);

/**
 * Body text fit to leave the tab: the string values of secret-looking JSON members are replaced by
 * MASK, everything else stays as written.
 */
export function maskSecretMembers(text: string): string {
  return text.replace(SECRET_STRING_MEMBER, `$1"${MASK}"`);
}

const SECRET_WORDS =
  'authorization|cookie|api[-_]?key|token|secret|password|passwd|session|signature|credential';
/** `Authorization: Bearer x` inside a -H argument or an HTTPie item, up to its closing quote. */
const SECRET_HEADER_ARG = new RegExp(
  `(\\b[\\w-]*(?:${SECRET_WORDS})[\\w-]*\\s*:(?!=)\\s*['"]?)([^'"\\n]+?)(?=['"]|\\s+-|\\s*$)`,
  'gim',
);
/** HTTPie data items and query items with a secret-looking name: `password=…`, `token:=…`, `api_key==…`. */
const SECRET_ITEM = new RegExp(`(\\s[\\w-]*(?:${SECRET_WORDS})[\\w-]*(?:={1,2}|:=))([^\\s'"]+)`, 'gi');
/** `-u user:password`, `--user=user:password`, `--oauth2-bearer token`, HTTPie `-a user:password`. */
const CREDENTIAL_OPTION =
  /((?:^|\s)(?:-u|--user|-a|--auth|--proxy-user|-U|--http-password|--password)(?:\s+|=)?(['"]?)[^:\s'"]*:)([^\s'"]+)/g;
const BEARER_OPTION = /((?:^|\s)--oauth2-bearer(?:\s+|=)(['"]?))([^\s'"]+)/g;
/** `https://user:password@host`. */
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@'"]+:)([^@\s/'"]+)(@)/gi;
/** `?api_key=…&token=…` and the like. */
const SECRET_QUERY = new RegExp(
  `([?&][^=&\\s'"#]*(?:${SECRET_WORDS}|key|sig|auth)[^=&\\s'"#]*=)([^&\\s'"#]+)`,
  'gi',
);

/**
 * A pasted command fit to leave the tab: credentials in headers (-H 'Authorization: …'), -u and
 * --oauth2-bearer values, passwords in URLs, secret query parameters and secret JSON members are
 * replaced by MASK; the rest stays as written.
 */
export function maskCommand(command: string): string {
  return maskSecretMembers(
    command
      .replace(SECRET_HEADER_ARG, `$1${MASK}`)
      .replace(CREDENTIAL_OPTION, `$1${MASK}`)
      .replace(BEARER_OPTION, `$1${MASK}`)
      .replace(URL_PASSWORD, `$1${MASK}$3`)
      .replace(SECRET_QUERY, `$1${MASK}`)
      .replace(SECRET_ITEM, `$1${MASK}`),
  );
}
