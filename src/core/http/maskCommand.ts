import { spliceEdits, type Edit } from '../text/spliceEdits';
import { MASK, maskSecretMembers, maskSecretText } from './maskSecrets';

/**
 * A pasted command fit to leave the tab. Each kind of credential is found in two steps: a name found
 * by a pattern that cannot backtrack across a word (a name is matched whole, from its first
 * character), then, only when the name looks secret, its value. A hostile command line (a 1 MB word
 * of "tokentoken…", a long run of "?a?a?a") therefore costs linear time.
 */

const SECRET_WORDS =
  /authorization|cookie|api[-_]?key|token|secret|password|passwd|session|signature|credential/i;
/** Query parameter names are secret for a few more, shorter words (`?key=`, `&sig=`). */
const SECRET_QUERY_WORDS = new RegExp(`${SECRET_WORDS.source}|key|sig|auth`, 'i');

/**
 * For each match of `name` whose name (`nameOf` the match) `isSecret` accepts, the sticky `value`
 * regex is tried where the match ends; its last group (the value) is masked, and the search goes on
 * after it.
 */
function maskValuesAfterNames(
  text: string,
  name: RegExp,
  nameOf: (match: RegExpExecArray) => string | undefined,
  isSecret: RegExp,
  value: RegExp,
): string {
  const edits: Edit[] = [];
  name.lastIndex = 0;
  for (let match = name.exec(text); match; match = name.exec(text)) {
    const found = nameOf(match);
    if (found === undefined || !isSecret.test(found)) continue;
    const end = match.index + match[0].length;
    value.lastIndex = end;
    const valueMatch = value.exec(text);
    const secret = valueMatch?.[valueMatch.length - 1];
    if (!valueMatch || !secret) continue;
    const valueEnd = end + valueMatch[0].length;
    edits.push({ start: valueEnd - secret.length, end: valueEnd, text: MASK });
    name.lastIndex = valueEnd;
  }
  return spliceEdits(text, edits);
}

const firstGroup = (match: RegExpExecArray): string | undefined => match[1];

/** `Authorization: Bearer x` in a -H argument or an HTTPie item: a name starts where no word goes on. */
const HEADER_NAME = /(?<![\w-])([\w-]+)(?=\s*:(?!=))/g;
/**
 * The header's value, up to a closing quote, a following option (` -H`) or the end of the line:
 * spaces count only when more of the value follows them (never in front of `-` or the line's end).
 * The white space after `:` is taken whole (`(?=(\s*))\1`, an atomic group): given back to the
 * value one space at a time, a long run of spaces was rescanned from each (quadratic), to find at
 * best a value of nothing but spaces.
 */
export const HEADER_VALUE = /\s*:(?=(\s*))\1['"]?((?:[^'"\s]|[^\S\n]+(?![^\S\n]|-|$))+)/my;

/** HTTPie data and query items: `password=…`, `token:=…`, `api_key==…`, after a space. */
const ITEM_NAME = /(?<=\s)([\w-]+)(?==|:=)/g;
const ITEM_VALUE = /(?:={1,2}|:=)([^\s'"]+)/y;

/**
 * `?api_key=…&token=…`: a name runs from `?` or `&` to `=`. Each stretch without `=`, `&`, spaces,
 * quotes or `#` is matched once, whole; the name is all of it after an `&`, else what follows its
 * first `?` (`page?api_key`).
 */
const QUERY_STRETCH = /(?<![^=&\s'"#])[^=&\s'"#]+(?==)/g;
function queryName(match: RegExpExecArray): string | undefined {
  const stretch = match[0];
  if (match.input.charCodeAt(match.index - 1) === 0x26) return stretch;
  const question = stretch.indexOf('?');
  return question < 0 ? undefined : stretch.slice(question + 1);
}
const QUERY_VALUE = /=([^&\s'"#]+)/y;

/** `-u user:password`, `--user=user:password`, HTTPie `-a user:password`. */
const CREDENTIAL_OPTION =
  /((?:^|\s)(?:-u|--user|-a|--auth|--proxy-user|-U|--http-password|--password)(?:\s+|=)?(['"]?)[^:\s'"]*:)([^\s'"]+)/g;
/**
 * `-u sk_test_…:` (Stripe's form: the key is the user, the password empty) or `-u token` alone: with
 * no password after it, the user is the credential.
 */
const CREDENTIAL_USER_ONLY =
  /((?:^|\s)(?:-u|--user|-a|--auth|--proxy-user|-U)(?:\s+|=)?(['"]?))([^:\s'"]+)(?=:?(?:\2)(?:\s|$))/g;
/** `-b 'session=abc; theme=dark'`, `--cookie=sid=abc`: each cookie's value (a file name has no `=`). */
const COOKIE_OPTION = /((?:^|\s)(?:-b|--cookie)(?:\s+|=))(?:(['"])([^'"]*)\2|([^\s'"]+))/g;
export function maskCookiePairs(pairs: string): string {
  return pairs.replace(/(?<![^=;\s])([^=;\s]+=)([^;]*)/g, (all, name: string, value: string) =>
    value.trim() === '' ? all : `${name}${MASK}`,
  );
}
const BEARER_OPTION = /((?:^|\s)--oauth2-bearer(?:\s+|=)(['"]?))([^\s'"]+)/g;
/** `https://user:password@host`, found from its `://` (the scheme is looked at backwards, once). */
const URL_PASSWORD = /(:\/\/)(?<=\b[a-z][a-z0-9+.-]*:\/\/)([^/\s:@'"]+:)([^@\s/'"]+)(@)/gi;

/**
 * A pasted command fit to leave the tab: credentials in headers (-H 'Authorization: …'), -u and
 * --oauth2-bearer values, passwords in URLs, secret query parameters and secret JSON members are
 * replaced by MASK; the rest stays as written.
 */
export function maskCommand(command: string): string {
  let text = maskValuesAfterNames(command, HEADER_NAME, firstGroup, SECRET_WORDS, HEADER_VALUE);
  text = text
    .replace(CREDENTIAL_OPTION, `$1${MASK}`)
    .replace(CREDENTIAL_USER_ONLY, `$1${MASK}`)
    .replace(
      COOKIE_OPTION,
      (
        all,
        head: string,
        quote: string | undefined,
        quoted: string | undefined,
        bare: string | undefined,
      ) => {
        const pairs = quoted ?? bare ?? '';
        if (!pairs.includes('=')) return all;
        return quote ? `${head}${quote}${maskCookiePairs(pairs)}${quote}` : head + maskCookiePairs(pairs);
      },
    )
    .replace(BEARER_OPTION, `$1${MASK}`)
    .replace(URL_PASSWORD, `$1$2${MASK}$4`);
  text = maskValuesAfterNames(text, QUERY_STRETCH, queryName, SECRET_QUERY_WORDS, QUERY_VALUE);
  text = maskValuesAfterNames(text, ITEM_NAME, firstGroup, SECRET_WORDS, ITEM_VALUE);
  return maskSecretText(maskSecretMembers(text));
}
