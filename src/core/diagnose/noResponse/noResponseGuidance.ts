import type { NoResponseCause, RetryVerdict } from '../../types';
import type { CheckId, CulpritId } from './culprits';

/**
 * What to tell a developer whose request got no response, per cause: what happened, the likely
 * culprits (ids into CULPRITS, most likely first; each brings its own checks), the checks worth
 * running whatever the culprit, and whether a retry can help.
 */
export interface CauseGuidance {
  title: string;
  /** What happened, in plain words, and whether the request reached the server. */
  meaning: string;
  /** The likely culprits, most likely first. */
  culprits: readonly CulpritId[];
  /** Checks for the cause as a whole, after the culprits' own. */
  checks: readonly CheckId[];
  retry: { verdict: RetryVerdict; explanation: string };
}

export const NO_RESPONSE_GUIDANCE: Readonly<Record<NoResponseCause, CauseGuidance>> = {
  dns: {
    title: 'The host name could not be resolved',
    meaning:
      'The client could not turn the host name into an IP address, so it never opened a connection: the request did not leave your machine.',
    culprits: ['host-typo', 'vpn-only-host', 'resolver-down', 'hosts-override', 'domain-gone'],
    checks: ['curl-v'],
    retry: {
      verdict: 'after-fix',
      explanation:
        'Fix the host name or the network first: the same lookup fails the same way. Only a resolver that was briefly unavailable ("Temporary failure in name resolution") is worth a retry with backoff.',
    },
  },
  'connection-refused': {
    title: 'The connection was refused',
    meaning:
      'The host answered, but nothing accepted a connection on that port (or a firewall rejected it). The request was never sent, so nothing happened on the server.',
    culprits: ['server-down', 'wrong-port', 'bind-address', 'firewall-reject', 'proxy-down'],
    checks: [],
    retry: {
      verdict: 'with-backoff',
      explanation:
        'The request never reached the server, so repeating it is safe, even for a POST: a few retries with backoff ride out a restart. If it keeps failing, the server is down or the port is wrong.',
    },
  },
  timeout: {
    title: 'The request timed out',
    meaning: 'A time limit ran out before a response arrived.',
    culprits: [
      'firewall-drop',
      'wrong-address',
      'vpn-required',
      'server-hung',
      'slow-server',
      'client-limit',
    ],
    checks: ['curl-phases'],
    retry: {
      verdict: 'with-backoff',
      explanation:
        'Often transient: retry with backoff, and raise the time limit if the server is merely slow.',
    },
  },
  tls: {
    title: 'The secure connection (TLS) could not be set up',
    meaning:
      'The connection opened, but the TLS handshake failed or the server certificate was not trusted, so no HTTP request was sent.',
    culprits: [
      'self-signed',
      'incomplete-chain',
      'intercepting-proxy',
      'ca-bundle',
      'cert-expired',
      'cert-hostname',
      'tls-version',
      'sni-missing',
      'client-cert-required',
      'tls-to-plain',
      'middlebox',
    ],
    checks: [],
    retry: {
      verdict: 'after-fix',
      explanation:
        'Certificates and TLS settings do not fix themselves: the handshake fails the same way until the trust store, the certificate or the TLS settings change.',
    },
  },
  'connection-reset': {
    title: 'The connection closed before a response',
    meaning:
      'The connection was made and the request usually sent, but the other side closed or reset it before a complete response came back.',
    culprits: [
      'server-crash',
      'proxy-cut',
      'protocol-mismatch',
      'http2-problem',
      'stale-keepalive',
      'abuse-protection',
    ],
    checks: ['curl-v'],
    retry: {
      verdict: 'with-backoff',
      explanation: 'Often transient (a restart, a dropped keep-alive connection): retry with backoff.',
    },
  },
  blocked: {
    title: 'The browser blocked the request',
    meaning:
      'Something in the browser (an extension, a policy or a security rule) stopped the request before it went out, or withheld its response.',
    culprits: ['ad-blocker', 'browser-policy', 'mixed-content', 'unsafe-port', 'response-blocking'],
    checks: ['devtools-blocked'],
    retry: {
      verdict: 'after-fix',
      explanation: 'The block repeats until the extension, policy or URL changes.',
    },
  },
  cors: {
    title: 'The browser refused the response (CORS)',
    meaning:
      "The browser sent the request (or its OPTIONS preflight), but the server's response does not let this origin read it, so the page never saw it. A request without a preflight may still have been processed.",
    culprits: ['cors-no-origin', 'cors-preflight', 'cors-credentials', 'cors-error-page'],
    checks: ['devtools-options'],
    retry: {
      verdict: 'after-fix',
      explanation:
        'CORS is decided by the server’s response headers: fix them (or call through your own backend); a retry gets the same refusal.',
    },
  },
  offline: {
    title: 'The network could not be reached',
    meaning:
      'The client had no route to the host: the machine was offline, the network changed during the request, or the host is on a network you are not on.',
    culprits: ['no-network', 'vpn-down', 'network-changed', 'no-route'],
    checks: [],
    retry: {
      verdict: 'with-backoff',
      explanation:
        'Retry once the connection is back (browsers fire an "online" event to wait for); retrying while offline only fails faster.',
    },
  },
  aborted: {
    title: 'The client cancelled the request',
    meaning:
      'The client gave up on the request itself: code called abort(), the page navigated away, a component unmounted, or a client-side time limit fired.',
    culprits: ['abort-controller', 'navigation', 'abort-timeout', 'ctrl-c'],
    checks: [],
    retry: {
      verdict: 'not-applicable',
      explanation:
        'Nothing failed on the other side: the client chose to stop. Repeat it only if the cancellation was a mistake (a time limit too short for the operation, for instance).',
    },
  },
  other: {
    title: 'The request failed without a response',
    meaning:
      'The client reported a failure other than the usual network causes; its message says what went wrong.',
    culprits: ['bad-option', 'protocol-error', 'local-problem'],
    checks: ['curl-v'],
    retry: {
      verdict: 'after-fix',
      explanation:
        'Read the client’s message and fix what it names: an unchanged retry usually fails the same way.',
    },
  },
};
