/**
 * Why a header difference between two responses deserves attention. Comparing responses is mostly done
 * to explain "works here, fails there"; these headers are the ones that usually carry that explanation.
 */

interface NoteRule {
  matches: (lowerName: string) => boolean;
  note: string;
}

const named =
  (...names: string[]) =>
  (lowerName: string): boolean =>
    names.includes(lowerName);

const NOTE_RULES: readonly NoteRule[] = [
  {
    matches: named('content-type'),
    note: 'The declared media type or charset differs, so clients may parse the two bodies differently.',
  },
  {
    matches: named('content-encoding', 'transfer-encoding'),
    note: 'The bodies travel in different encodings; a client or proxy that cannot decode one of them sees garbage.',
  },
  {
    matches: named('content-length'),
    note: 'Follows the body: it differs whenever the body length does, so look at the body first.',
  },
  {
    matches: (name) => name.startsWith('access-control-'),
    note: 'The CORS policy differs: a browser may block one response while letting the other through.',
  },
  {
    matches: named('cache-control', 'vary', 'pragma', 'surrogate-control', 'cdn-cache-control'),
    note: 'Caching rules differ: a cache or CDN may keep serving an old or shared copy on one side.',
  },
  {
    matches: named('www-authenticate', 'proxy-authenticate'),
    note: 'The authentication challenge differs: the two sides expect different credentials or scopes.',
  },
  {
    matches: named('api-version', 'x-api-version', 'stripe-version', 'x-github-api-version-selected'),
    note: 'A different API version answered: fields and behaviour may legitimately differ.',
  },
  {
    matches: named('deprecation', 'sunset'),
    note: 'Only one side announces that this endpoint is being retired, or they announce different dates.',
  },
  {
    matches: named('strict-transport-security', 'content-security-policy', 'x-frame-options'),
    note: 'Security policies differ, a common sign the two responses come from differently configured environments.',
  },
  {
    matches: named('server', 'via', 'x-powered-by'),
    note: 'A different server or proxy chain produced the response: the requests may not reach the same backend.',
  },
  {
    matches: named('location', 'content-location'),
    note: 'The two responses point the client to different places.',
  },
  {
    matches: (name) =>
      name === 'retry-after' || name.startsWith('x-ratelimit-') || name.startsWith('ratelimit'),
    note: 'Rate-limit state differs: one side may be closer to, or past, its quota.',
  },
];

/** The explanation for a differing header, or undefined when it has no particular significance. */
export function headerNote(name: string): string | undefined {
  const lower = name.toLowerCase();
  return NOTE_RULES.find((rule) => rule.matches(lower))?.note;
}
