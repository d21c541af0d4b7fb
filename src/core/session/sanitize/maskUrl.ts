import type { RedactionLog } from './redactionLog';
import { REDACTED } from './redactionLog';
import { isSecretName, scrubJwts } from '../../http/secretNames';

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/**
 * `a=1&token=x` with the values of secret names masked, everything else as written. Used for query
 * strings, fragments (`#access_token=...` from implicit OAuth) and form bodies.
 */
export function maskParams(
  params: string,
  what: string,
  extra: ReadonlySet<string>,
  log: RedactionLog,
  mask: string = REDACTED,
): string {
  return params
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      const name = decodeName(pair.slice(0, eq));
      const value = pair.slice(eq + 1);
      if (value === '' || value === mask || !isSecretName(name, extra)) return pair;
      log.note(`${what} ${name}`);
      return `${pair.slice(0, eq)}=${mask}`;
    })
    .join('&');
}

/**
 * A URL with its secrets masked, edited as text so nothing else changes: the password of user:pass@,
 * secret query and fragment parameters, JWTs anywhere (paths included). `mask` replaces each secret
 * (the sanitizer's REDACTED, or the reports' •••).
 */
export function maskUrl(
  url: string,
  extra: ReadonlySet<string>,
  log: RedactionLog,
  mask: string = REDACTED,
): string {
  let out = url.replace(
    /^([a-z][a-z0-9+.-]*:\/\/[^/?#@:]*:)([^/?#@]+)@/i,
    (all, head: string, pass: string) => {
      if (pass === mask) return all;
      log.note('password in a URL');
      return `${head}${mask}@`;
    },
  );
  const hash = out.indexOf('#');
  const fragment = hash < 0 ? '' : out.slice(hash + 1);
  const beforeHash = hash < 0 ? out : out.slice(0, hash);
  const question = beforeHash.indexOf('?');
  if (question >= 0)
    out = `${beforeHash.slice(0, question + 1)}${maskParams(beforeHash.slice(question + 1), 'query parameter', extra, log, mask)}`;
  else out = beforeHash;
  if (hash >= 0)
    out += `#${fragment.includes('=') ? maskParams(fragment, 'fragment parameter', extra, log, mask) : fragment}`;
  return scrubJwts(out, mask, () => log.note('JWT'));
}
