/** Names (headers, query and form fields, JSON members) whose values are credentials or personal secrets. */
const SECRET_PART =
  /pass(?:word|wd|phrase)|secret|token|api[-_]?key|(?:^|[-_.])(?:auth|pass|otp|ssn)(?:$|[-_.])|authorization|cookie|session|credential|private[-_]?key|signature|jwt|assertion|card[-_]?(?:number|no)|cvv|cvc/i;
/** Short names that are secret only when they are the whole name (`key` yes, `monkey` no). */
const SECRET_WHOLE = /^(?:key|apikey|sig|sid|pwd|pin|code|x-amz-credential|x-goog-credential)$/i;
/** Names that match the pattern but carry no secret (CORS and cache policy headers). */
const NOT_SECRET =
  /^(?:access-control-|www-authenticate$|proxy-authenticate$|authentication-info$|token_type$|expires_in$)/i;

export function isSecretName(name: string, extraNames: ReadonlySet<string>): boolean {
  const n = name.trim();
  if (extraNames.has(n.toLowerCase())) return true;
  if (NOT_SECRET.test(n)) return false;
  return SECRET_WHOLE.test(n) || SECRET_PART.test(n);
}

/** A compact JWT (three base64url parts, the first two JSON objects starting with `{"`). */
const JWT = /eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g;

/** Every JWT in a text replaced by `mask`; `onFound` is called once per token. */
export function scrubJwts(text: string, mask: string, onFound: () => void): string {
  if (!text.includes('eyJ')) return text;
  return text.replace(JWT, () => {
    onFound();
    return mask;
  });
}
