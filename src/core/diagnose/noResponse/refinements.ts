import type { RetryVerdict, TransportError } from '../../types';
import type { CheckId, CulpritId, TlsStage } from './culprits';

/**
 * What a specific error (a curl exit code, a browser or Node error name, words in the message) says
 * beyond its cause: the culprits it points at first, the checks that tell them apart, the part of TLS
 * that failed, and a verdict when the code decides it. Every client's errors go through this one
 * table, so "the handshake failed" leads with the same culprits whether curl, Node or Python says it.
 */
export interface Refinement {
  /** Culprits moved to the front, in this order. */
  lead?: readonly CulpritId[];
  /** Replaces the cause's own list when the error is too generic for it (a browser's "Failed to fetch"). */
  culprits?: readonly CulpritId[];
  /** Checks run first, before the culprits' own. */
  checks?: readonly CheckId[];
  tls?: TlsStage;
  verdict?: RetryVerdict;
  /** What happened, when the error is too generic for its cause's own words. */
  meaning?: string;
  /** Why the verdict, when the cause's own reason does not fit the error. */
  explanation?: string;
}

const HANDSHAKE: Refinement = {
  lead: ['tls-version', 'client-cert-required', 'sni-missing', 'tls-to-plain', 'middlebox'],
  checks: ['openssl-handshake'],
  tls: 'handshake',
};
const UNTRUSTED: Refinement = {
  lead: ['self-signed', 'incomplete-chain', 'intercepting-proxy', 'ca-bundle'],
  tls: 'verification',
};
const EXPIRED: Refinement = { lead: ['cert-expired'], tls: 'verification' };
const WRONG_NAME: Refinement = { lead: ['cert-hostname'], tls: 'verification' };
const BROWSER_GENERIC: Refinement = {
  culprits: ['cors-refused', 'network-failed', 'cert-error-browser', 'mixed-content', 'ad-blocker'],
  checks: ['devtools-console', 'devtools-status'],
  meaning:
    'The browser reported that the request failed without saying why: fetch() only rejects with a TypeError, and Chrome’s net::ERR_FAILED stands for many causes. The console line next to it, or the Network tab, names the real one.',
  explanation:
    'Find the reason the console or the Network tab names and fix that first: an unchanged retry usually fails the same way.',
};

/** curl's exit codes (curl(1) "EXIT CODES"). */
const CURL_CODES: Readonly<Record<number, Refinement>> = {
  1: { lead: ['scheme-typo'], verdict: 'after-fix' },
  3: { lead: ['url-malformed'], verdict: 'after-fix' },
  5: { lead: ['proxy-host'], verdict: 'after-fix' },
  7: { checks: ['curl-trying'] },
  16: { lead: ['http2-problem'], verdict: 'after-fix' },
  18: { lead: ['partial-body'] },
  23: { lead: ['write-error'], verdict: 'after-fix' },
  26: { lead: ['read-file'], verdict: 'after-fix' },
  28: { checks: ['curl-phases'] },
  35: HANDSHAKE,
  47: { lead: ['redirect-loop'], verdict: 'after-fix' },
  51: WRONG_NAME,
  52: { lead: ['protocol-mismatch', 'dropped-request'] },
  55: { lead: ['send-broke'] },
  56: { lead: ['server-crash', 'proxy-cut'] },
  58: { lead: ['client-cert-file'], tls: 'handshake', verdict: 'after-fix' },
  60: { ...UNTRUSTED, checks: ['curl-cafile'] },
  77: { lead: ['ca-file'], verdict: 'after-fix' },
  92: { lead: ['http2-problem'], verdict: 'after-fix' },
  98: { lead: ['client-cert-required'], tls: 'handshake', verdict: 'after-fix' },
};

/** Error names: Chrome's net::ERR_…, Firefox's, Node's and OpenSSL's codes. */
const ERROR_NAMES: Readonly<Record<string, Refinement>> = {
  'net::ERR_CERT_DATE_INVALID': EXPIRED,
  'net::ERR_CERT_AUTHORITY_INVALID': UNTRUSTED,
  'net::ERR_CERT_COMMON_NAME_INVALID': WRONG_NAME,
  'net::ERR_SSL_PROTOCOL_ERROR': HANDSHAKE,
  'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH': { ...HANDSHAKE, lead: ['tls-version', 'middlebox'] },
  'net::ERR_BAD_SSL_CLIENT_AUTH_CERT': { lead: ['client-cert-required'], tls: 'handshake' },
  'net::ERR_FAILED': BROWSER_GENERIC,
  'net::ERR_TOO_MANY_REDIRECTS': { lead: ['redirect-loop'], verdict: 'after-fix' },
  CERT_HAS_EXPIRED: EXPIRED,
  CERT_NOT_YET_VALID: EXPIRED,
  DEPTH_ZERO_SELF_SIGNED_CERT: UNTRUSTED,
  SELF_SIGNED_CERT_IN_CHAIN: UNTRUSTED,
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: {
    ...UNTRUSTED,
    lead: ['incomplete-chain', 'ca-bundle', 'intercepting-proxy'],
  },
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: { ...UNTRUSTED, lead: ['incomplete-chain', 'ca-bundle'] },
  ERR_TLS_CERT_ALTNAME_INVALID: WRONG_NAME,
  EPROTO: HANDSHAKE,
};

/** Words in the message, most specific first: the first that matches applies. */
const MESSAGES: readonly { pattern: RegExp; refinement: Refinement }[] = [
  {
    pattern: /has been blocked by CORS policy.*preflight|preflight.*(?:did not succeed|invalid|failed)/i,
    refinement: { lead: ['cors-preflight'] },
  },
  {
    pattern:
      /credentials mode|'\*' when the request's credentials|CORS header ‘Access-Control-Allow-Origin’ does not match/i,
    refinement: { lead: ['cors-credentials'] },
  },
  {
    pattern: /certificate (?:has )?expired|not yet valid|CERT_HAS_EXPIRED|CERT_DATE_INVALID/i,
    refinement: EXPIRED,
  },
  {
    pattern:
      /hostname mismatch|doesn'?t match|does not match (?:target )?host|no alternative certificate subject name|certificate subject name|ALTNAME/i,
    refinement: WRONG_NAME,
  },
  {
    pattern: /unable to get local issuer|unable to verify the first certificate|unable to get issuer/i,
    refinement: { ...UNTRUSTED, lead: ['incomplete-chain', 'ca-bundle', 'intercepting-proxy'] },
  },
  { pattern: /self[- ]signed/i, refinement: { ...UNTRUSTED, lead: ['self-signed', 'intercepting-proxy'] } },
  {
    pattern:
      /unknown authority|certificate verify failed|CERTIFICATE_VERIFY_FAILED|PKIX path|untrusted root/i,
    refinement: UNTRUSTED,
  },
  {
    pattern: /wrong version number|unknown protocol|http request.*https? port|packet length too long/i,
    refinement: { ...HANDSHAKE, lead: ['tls-to-plain', 'tls-version'] },
  },
  {
    pattern: /certificate required|bad certificate|client certificate/i,
    refinement: { ...HANDSHAKE, lead: ['client-cert-required'] },
  },
  {
    pattern:
      /handshake failure|alert handshake|no protocols available|unsupported protocol|no shared cipher|version or cipher|SSL_ERROR_SYSCALL|unexpected eof while reading|SSL_connect|handshake/i,
    refinement: HANDSHAKE,
  },
  {
    pattern: /Failed to fetch|NetworkError when attempting to fetch|^(?:TypeError: )?Load failed/i,
    refinement: BROWSER_GENERIC,
  },
  {
    pattern: /Temporary failure in name resolution|EAI_AGAIN/i,
    refinement: { lead: ['resolver-down', 'vpn-only-host'] },
  },
];

/**
 * Two refinements of one error (its code's, its message's): the message's culprits lead, since its
 * words are the more specific ("unable to get local issuer" under curl's 60), unless they speak of
 * another part of TLS than the code, which then wins.
 */
function merge(code: Refinement | undefined, message: Refinement | undefined): Refinement {
  if (!code) return message ?? {};
  if (!message || (code.tls && message.tls && code.tls !== message.tls)) return code;
  const lead = [...new Set([...(message.lead ?? []), ...(code.lead ?? [])])];
  const checks = [...new Set([...(message.checks ?? []), ...(code.checks ?? [])])];
  const tls = code.tls ?? message.tls;
  const culprits = code.culprits ?? message.culprits;
  return {
    ...(lead.length > 0 && { lead }),
    ...(culprits && { culprits }),
    ...(checks.length > 0 && { checks }),
    ...(tls && { tls }),
    ...(code.verdict && { verdict: code.verdict }),
  };
}

/** What this error adds to its cause's guidance; an empty refinement when it adds nothing. */
export function refinementFor(error: TransportError): Refinement {
  const byMessage = MESSAGES.find((m) => m.pattern.test(error.message))?.refinement;
  const byCode =
    error.code === undefined
      ? undefined
      : error.tool === 'curl'
        ? CURL_CODES[Number(error.code)]
        : ERROR_NAMES[error.code];
  // A browser's generic net::ERR_FAILED says less than any words beside it.
  if (byCode === BROWSER_GENERIC && byMessage) return byMessage;
  return merge(byCode, byMessage);
}
