import type { RedactionLog } from './redactionLog';
import { REDACTED } from './redactionLog';
import { maskUrl } from './maskUrl';
import { isSecretName, scrubJwts } from '../../http/secretNames';

const URL_HEADERS = new Set([
  'location',
  'referer',
  'content-location',
  'origin',
  ':path',
  'link',
  'refresh',
]);

/** `a=1; b=2` → `a=REDACTED; b=REDACTED`: which cookies were sent stays readable. */
function maskCookiePairs(value: string): string {
  return value
    .split(';')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0 || pair.slice(eq + 1).trim() === '') return pair;
      return `${pair.slice(0, eq)}=${REDACTED}`;
    })
    .join(';');
}

/** `sid=abc; Path=/; Secure` → `sid=REDACTED; Path=/; Secure`: the attributes are what people debug. */
function maskSetCookie(value: string): string {
  const semi = value.indexOf(';');
  const first = semi < 0 ? value : value.slice(0, semi);
  const eq = first.indexOf('=');
  if (eq < 0 || first.slice(eq + 1).trim() === '') return value;
  return `${first.slice(0, eq)}=${REDACTED}${semi < 0 ? '' : value.slice(semi)}`;
}

/** `Bearer abc` → `Bearer REDACTED`: the scheme says what kind of credential it was. */
function maskCredentials(value: string): string {
  const match = /^(\s*[A-Za-z][\w.-]*\s+)\S/.exec(value);
  return match ? `${match[1]}${REDACTED}` : REDACTED;
}

/** A header's value fit to share: credentials and cookies masked, URLs cleaned, JWTs removed. */
export function maskHeaderValue(
  name: string,
  value: string,
  extra: ReadonlySet<string>,
  log: RedactionLog,
): string {
  const lower = name.trim().toLowerCase();
  if (value.trim() === '') return value;
  let masked: string;
  if (lower === 'cookie') masked = maskCookiePairs(value);
  else if (lower === 'set-cookie') masked = maskSetCookie(value);
  else if (lower === 'authorization' || lower === 'proxy-authorization') masked = maskCredentials(value);
  else if (isSecretName(lower, extra)) masked = REDACTED;
  else if (URL_HEADERS.has(lower)) return maskUrl(value, extra, log);
  else return scrubJwts(value, REDACTED, () => log.note('JWT'));
  if (masked !== value) log.note(`${lower} header`);
  return masked;
}
