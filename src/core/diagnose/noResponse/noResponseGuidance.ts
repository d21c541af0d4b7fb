import type { NoResponseCause, RetryVerdict } from '../../types';

/** A way to confirm a cause: a command to run (with what its output shows), or a place to look. */
export type ConfirmStep = { command: string; note?: string } | { text: string };

const run = (command: string, note?: string): ConfirmStep => (note ? { command, note } : { command });
const look = (text: string): ConfirmStep => ({ text });

/**
 * What to tell a developer whose request got no response, per cause. Commands use {host}, {port} and
 * {url}, filled in from the failed request when known.
 */
export interface CauseGuidance {
  title: string;
  /** What happened, in plain words, and whether the request reached the server. */
  meaning: string;
  /** The likely culprits, most likely first. */
  culprits: readonly string[];
  /** How to confirm each: commands to run next, and where to look. */
  confirm: readonly ConfirmStep[];
  retry: { verdict: RetryVerdict; explanation: string };
}

export const NO_RESPONSE_GUIDANCE: Readonly<Record<NoResponseCause, CauseGuidance>> = {
  dns: {
    title: 'The host name could not be resolved',
    meaning:
      'The client could not turn the host name into an IP address, so it never opened a connection: the request did not leave your machine.',
    culprits: [
      'A typo in the host name, or a URL built wrong (a missing "//", a scheme or port pasted into the host)',
      'A host that only resolves inside a VPN or company network you are not connected to',
      'A DNS resolver that is down or unreachable (offline, a captive portal, a container without working DNS)',
      'An /etc/hosts entry or a proxy setting that sends the name elsewhere',
      'A domain that expired, or whose DNS records were removed',
    ],
    confirm: [
      run('nslookup {host}'),
      run('dig +short {host}', 'no output: the name has no address'),
      run('curl -v {url}', 'the first lines show the lookup'),
      run('docker run --rm busybox nslookup {host}', 'when the client runs in a container'),
    ],
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
    culprits: [
      'The server is not running, crashed, or is still starting',
      'The wrong port, or http:// and https:// pointing at each other’s port',
      'The server listens on another address: 127.0.0.1 inside a container or VM, or only IPv4 while the client tried IPv6 (::1), or the reverse',
      'A firewall or security group that rejects the port',
      'A proxy setting (HTTP_PROXY, HTTPS_PROXY) pointing at a proxy that is not running',
    ],
    confirm: [
      run('nc -vz {host} {port}', 'Windows: Test-NetConnection {host} -Port {port}'),
      run(
        'ss -ltnp | grep {port}',
        'on the server (or lsof -i :{port}): whether anything listens, and on which address',
      ),
      run('curl -v {url}', 'shows which address was tried: ::1 or 127.0.0.1'),
      run('docker ps', 'a container publishes only the ports listed there'),
    ],
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
      'A firewall, security group or network ACL that silently drops the traffic',
      'The wrong address or port (an old DNS record, a private address used from outside its network)',
      'A VPN or proxy required to reach the host',
      'A slow or stuck server or upstream (a long query, a deadlock, an exhausted worker pool)',
      'A client time limit too short for the operation',
    ],
    confirm: [
      run('curl -v --connect-timeout 10 {url}', 'tells a connection that never opens from a slow answer'),
      run("curl -o /dev/null -s -w 'connect %{time_connect}s, first byte %{time_starttransfer}s\\n' {url}"),
      run('nc -vz -w 5 {host} {port}'),
      run('traceroute {host}', 'Windows: tracert {host}; shows where packets stop'),
    ],
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
      'A self-signed certificate, or one from a private CA the client does not trust',
      'An incomplete chain: the server does not send its intermediate certificate',
      'A company proxy or antivirus that intercepts TLS with its own CA',
      'A missing or outdated CA bundle on the client (an old OS, a slim container image, Python’s certifi)',
      'An expired certificate, or a wrong clock on the client',
      'A certificate for another host name (wrong host, or no SNI)',
      'No TLS version or cipher in common, or TLS spoken to a port that expects plain HTTP',
    ],
    confirm: [
      run(
        'openssl s_client -connect {host}:{port} -servername {host} -showcerts',
        'shows the chain and the verification error',
      ),
      run('curl -v {url}', 'shows the handshake and the CA file curl uses'),
      run('date', 'a wrong clock makes valid certificates look expired or not yet valid'),
      run(
        'curl --cacert /path/to/ca.pem {url}',
        'with the right CA it must pass; use -k only to confirm the diagnosis, never as the fix',
      ),
    ],
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
      'The server process crashed or restarted while handling the request',
      'A proxy, load balancer or firewall cut the connection (an idle timeout, a size limit, a blocked request)',
      'A protocol mismatch: http:// to a TLS port, TLS to a plain port, or an HTTP/2 problem',
      'A kept-alive connection the server closed just as the client reused it',
      'Protection against abuse that drops connections instead of answering 429',
    ],
    confirm: [
      run('curl -v {url}', 'does it fail every time, and after how long?'),
      run('curl -v --http1.1 {url}', 'rules out HTTP/2 trouble'),
      look('The server and proxy logs at that time: a crash, a restart, or a "client closed"/499 entry'),
      look('Try http:// and https:// explicitly to rule out a protocol mismatch'),
    ],
    retry: {
      verdict: 'with-backoff',
      explanation: 'Often transient (a restart, a dropped keep-alive connection): retry with backoff.',
    },
  },
  blocked: {
    title: 'The browser blocked the request',
    meaning:
      'Something in the browser (an extension, a policy or a security rule) stopped the request before it went out, or withheld its response.',
    culprits: [
      'An ad or tracker blocker (uBlock Origin, Privacy Badger…) matching the URL',
      'A browser policy or company filter',
      'Mixed content: an http:// request from an https:// page',
      'A port the browser refuses to use',
      'Response blocking (ORB/CORB) or a Content-Security-Policy rule',
    ],
    confirm: [
      look('Open the page in a private window with extensions off'),
      look(
        'DevTools › Network: the entry says "(blocked:other)", "(blocked:mixed-content)", "(blocked:csp)" or names the extension',
      ),
      look('DevTools › Console names the CSP or mixed-content rule'),
    ],
    retry: {
      verdict: 'after-fix',
      explanation: 'The block repeats until the extension, policy or URL changes.',
    },
  },
  cors: {
    title: 'The browser refused the response (CORS)',
    meaning:
      "The browser sent the request (or its OPTIONS preflight), but the server's response does not let this origin read it, so the page never saw it. A request without a preflight may still have been processed.",
    culprits: [
      'No Access-Control-Allow-Origin for your origin in the response',
      'A failing preflight: OPTIONS answered 401, 404 or 405, or without the needed Allow-Methods / Allow-Headers',
      'Credentials sent while Access-Control-Allow-Origin is "*"',
      'An error page or redirect (from a proxy or an auth layer) without CORS headers',
    ],
    confirm: [
      look('DevTools › Console says which header is missing or wrong'),
      run(
        "curl -i -X OPTIONS {url} -H 'Origin: https://your.app' -H 'Access-Control-Request-Method: POST'",
        'the preflight as the browser sends it',
      ),
      look('DevTools › Network: look at the OPTIONS entry just before the failing one'),
    ],
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
    culprits: [
      'No network connection, or Wi-Fi or a VPN that dropped',
      'A VPN that must be connected to reach this host',
      'The network changed (Wi-Fi to cable, a VPN coming up or down) while the request ran',
      'A host address with no route from here (a private network, a missing gateway)',
    ],
    confirm: [
      run('ping 1.1.1.1', 'any connectivity at all?'),
      look('Open any other site'),
      run('traceroute {host}', 'shows where the route ends'),
    ],
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
    culprits: [
      'An AbortController, or a framework cancelling a request that a newer one replaced (typing in a search box)',
      'Navigation or a reload while the request ran',
      'A client time limit that aborts (axios timeout, AbortSignal.timeout)',
      'Someone pressing Ctrl+C',
    ],
    confirm: [
      look('Search the code near this request for abort(), AbortController or cancel tokens'),
      look('DevTools › Network: "(canceled)" entries and their Initiator column'),
    ],
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
    culprits: [
      'A malformed URL or an option the client does not support',
      'A protocol error between client and server (an HTTP/2 stream reset, an invalid response)',
      'A local problem: permissions, a full disk, memory',
    ],
    confirm: [
      run('curl -v {url}', 'shows each step up to the failure'),
      run('curl -v --http1.1 {url}', 'for HTTP/2 errors'),
    ],
    retry: {
      verdict: 'after-fix',
      explanation:
        'Read the client’s message and fix what it names: an unchanged retry usually fails the same way.',
    },
  },
};
