/**
 * The vocabulary of "no response" guidance: every likely culprit once, each with the checks that
 * confirm it, and every check once. Causes, curl exit codes and client error names point at culprits
 * by id (see noResponseGuidance and refinements), so no culprit or command can be listed twice, and
 * a culprit that cannot apply (a connection phase that was passed, a certificate check that was
 * off, a network path to this very machine) is dropped by its tags instead of contradicting the
 * explanation above it.
 */

/** A way to confirm a culprit: a command to run (and what its output shows), or a place to look. */
export type ConfirmStep = { command: string; note?: string } | { text: string };

/** Where a culprit or check applies: a host on this machine, or one across a network. */
export type Where = 'local' | 'remote';
/** How far the exchange got: see TransportError.phase. */
export type Phase = 'connect' | 'response';
/** The part of TLS that failed: agreeing on a connection, or trusting the server's certificate. */
export type TlsStage = 'handshake' | 'verification';

export interface Check {
  /**
   * The command, with {host}, {port}, {url}, {otherUrl} (the same host and port with the other scheme),
   * {origin} and {method}: filled in, shell-quoted, from the failed request when known.
   */
  command?: string;
  note?: string;
  /** A place to look, when there is nothing to run. */
  text?: string;
  where?: Where;
}

export interface Culprit {
  text: string;
  /** The checks that confirm it, most telling first. */
  checks: readonly CheckId[];
  /** Only when the failure happened in this phase (or its phase is unknown). */
  phase?: Phase;
  where?: Where;
  tls?: TlsStage;
}

const run = (command: string, note?: string, where?: Where): Check => ({
  command,
  ...(note !== undefined && { note }),
  ...(where && { where }),
});
const look = (text: string, where?: Where): Check => ({ text, ...(where && { where }) });

/** `openssl s_client` against the failed host, with SNI, reading nothing from the terminal. */
const S_CLIENT = 'openssl s_client -connect {host}:{port} -servername {host}';

export const CHECKS = {
  nslookup: run('nslookup {host}'),
  dig: run('dig +short {host}', 'no output: the name has no address'),
  'dig-public': run(
    'dig +short {host} @1.1.1.1',
    'an answer here but none from your own resolver: the resolver is at fault',
    'remote',
  ),
  'docker-dns': run('docker run --rm busybox nslookup {host}', 'when the client runs in a container'),
  'hosts-file': run('grep -i {host} /etc/hosts', 'Windows: C:\\Windows\\System32\\drivers\\etc\\hosts'),
  'proxy-env': run('env | grep -i proxy', 'a proxy the client is told to use'),
  nc: run('nc -vz {host} {port}', 'Windows: Test-NetConnection {host} -Port {port}'),
  'nc-wait': run('nc -vz -w 5 {host} {port}', 'open, refused, or no answer at all within 5 s'),
  listening: run(
    'ss -ltnp | grep :{port}',
    'on the server (or lsof -i :{port}): whether anything listens, and on which address',
  ),
  'curl-trying': run(
    'curl -v {url}',
    'the "Trying" lines show each address tried: ::1 (IPv6) and 127.0.0.1 (IPv4)',
    'local',
  ),
  'docker-ps': run('docker ps', 'a container publishes only the ports listed there', 'local'),
  traceroute: run('traceroute {host}', 'Windows: tracert {host}; shows where packets stop', 'remote'),
  'curl-phases': run(
    'curl -v --connect-timeout 10 --max-time 60 {url}',
    'the verbose lines show which phase hangs: the connection, the TLS handshake or the wait for the answer',
  ),
  'curl-timing': run(
    "curl -o /dev/null -s -w 'connect %{time_connect}s, first byte %{time_starttransfer}s\\n' {url}",
    'a long wait for the first byte: the server is slow to answer',
  ),
  'openssl-chain': run(
    `${S_CLIENT} -showcerts </dev/null`,
    'shows the chain the server sends and the verification error',
  ),
  'openssl-dates': run(
    `${S_CLIENT} </dev/null 2>/dev/null | openssl x509 -noout -dates`,
    'when the served certificate starts and stops being valid',
  ),
  'openssl-names': run(
    `${S_CLIENT} </dev/null 2>/dev/null | openssl x509 -noout -ext subjectAltName`,
    'the host names the certificate covers',
  ),
  'openssl-handshake': run(
    `${S_CLIENT} </dev/null`,
    'shows the alert the server sends, and whether it asks for a client certificate ("Acceptable client certificate CA names")',
  ),
  'openssl-versions': run(
    `${S_CLIENT} -tls1_2 </dev/null`,
    'then with -tls1_3: which TLS versions the server accepts',
  ),
  date: run('date', 'a wrong clock makes valid certificates look expired or not yet valid'),
  'curl-cafile': run('curl -v {url} 2>&1 | grep -i cafile', 'which CA bundle curl reads'),
  'curl-cacert': run(
    'curl --cacert /path/to/ca.pem {url}',
    'with the right CA it must pass; use -k only to confirm the diagnosis, never as the fix',
  ),
  'other-scheme': run(
    'curl -v {otherUrl}',
    'the same host and port with the other scheme: if this one answers, the URL had the wrong one',
  ),
  'curl-http1': run('curl -v --http1.1 {url}', 'if this works, HTTP/2 on the server or a proxy is at fault'),
  'curl-v': run('curl -v {url}', 'does it fail every time, and after how long?'),
  'server-logs': look(
    'The server and proxy logs at that time: a crash, a restart, or a "client closed"/499 entry',
  ),
  'curl-locations': run(
    "curl -sIL --max-redirs 10 {url} | grep -i '^location'",
    'the Location of each hop: a URL that comes back is the loop',
  ),
  'echo-url': run('echo {url}', 'look for a quote or space before http'),
  'curl-glob': run('curl -g {url}', '-g stops curl reading [ ] and { } as patterns'),
  'client-cert': run(
    'openssl x509 -in client.pem -noout -subject -dates',
    'the certificate given with --cert; use --cert-type P12 for .p12 files',
  ),
  'curl-size': run('curl -v {url} -o /dev/null', 'does it stop at the same size every time?'),
  'curl-preflight': run(
    'curl -i -X OPTIONS {url} -H {originHeader} -H {methodHeader}',
    'the preflight as the browser sends it',
  ),
  'devtools-console': look('DevTools › Console: the message next to the failure names the rule or header'),
  'devtools-options': look('DevTools › Network: the OPTIONS entry just before the failing one'),
  'devtools-status': look('DevTools › Network: the failed entry’s Status column names the net::ERR_… code'),
  'devtools-blocked': look(
    'DevTools › Network: the entry says "(blocked:other)", "(blocked:mixed-content)", "(blocked:csp)" or names the extension',
  ),
  'private-window': look('Open the page in a private window with extensions off'),
  'open-in-tab': look(
    'Open the URL in its own browser tab: a certificate or network problem shows as an error page there, a CORS refusal does not',
  ),
  ping: run('ping 1.1.1.1', 'any connectivity at all?', 'remote'),
  'other-site': look('Open any other site', 'remote'),
  'code-abort': look('Search the code near this request for abort(), AbortController or cancel tokens'),
  'devtools-canceled': look('DevTools › Network: "(canceled)" entries and their Initiator column'),
} as const satisfies Record<string, Check>;

export type CheckId = keyof typeof CHECKS;

const culprit = (text: string, checks: readonly CheckId[], tags: Omit<Culprit, 'text' | 'checks'> = {}) => ({
  text,
  checks,
  ...tags,
});

export const CULPRITS = {
  // Names and addresses
  'host-typo': culprit(
    'A typo in the host name, or a URL built wrong (a missing "//", a scheme or port pasted into the host)',
    ['nslookup', 'dig'],
  ),
  'vpn-only-host': culprit(
    'A host that only resolves inside a VPN or company network you are not connected to',
    ['nslookup', 'dig-public'],
    { where: 'remote' },
  ),
  'resolver-down': culprit(
    'A DNS resolver that is down or unreachable (offline, a captive portal, a container without working DNS)',
    ['dig-public', 'docker-dns'],
  ),
  'hosts-override': culprit('An /etc/hosts entry or a proxy setting that sends the name elsewhere', [
    'hosts-file',
    'proxy-env',
  ]),
  'domain-gone': culprit('A domain that expired, or whose DNS records were removed', ['dig', 'dig-public'], {
    where: 'remote',
  }),
  'proxy-host': culprit('The proxy host in -x, HTTPS_PROXY or http_proxy is misspelled or unreachable', [
    'proxy-env',
  ]),
  // Connecting
  'server-down': culprit('The server is not running, crashed, or is still starting', [
    'nc',
    'listening',
    'docker-ps',
  ]),
  'wrong-port': culprit('The wrong port, or http:// and https:// pointing at each other’s port', [
    'nc',
    'listening',
  ]),
  'bind-address': culprit(
    'The server listens on another address: 127.0.0.1 inside a container or VM, or only IPv4 while the client tried IPv6 (::1), or the reverse',
    ['curl-trying', 'listening', 'docker-ps'],
    { where: 'local' },
  ),
  'firewall-reject': culprit('A firewall or security group that rejects the port', ['nc'], {
    where: 'remote',
  }),
  'proxy-down': culprit('A proxy setting (HTTP_PROXY, HTTPS_PROXY) pointing at a proxy that is not running', [
    'proxy-env',
  ]),
  'firewall-drop': culprit(
    'A firewall, security group or network ACL that silently drops the traffic',
    ['nc-wait', 'traceroute'],
    { phase: 'connect', where: 'remote' },
  ),
  'wrong-address': culprit(
    'The wrong address or port (an old DNS record, a private address used from outside its network)',
    ['dig', 'nc-wait'],
    { phase: 'connect', where: 'remote' },
  ),
  'vpn-required': culprit('A VPN or proxy required to reach the host', ['traceroute', 'proxy-env'], {
    phase: 'connect',
    where: 'remote',
  }),
  'server-hung': culprit(
    'A server that accepts connections but never answers (stuck, paused in a debugger, its backlog full)',
    ['nc-wait', 'curl-phases'],
    { where: 'local' },
  ),
  // Waiting for the answer
  'slow-server': culprit(
    'A slow or stuck server or upstream (a long query, a deadlock, an exhausted worker pool)',
    ['curl-timing', 'server-logs'],
    { phase: 'response' },
  ),
  'client-limit': culprit('A client time limit too short for the operation', ['curl-timing', 'curl-phases']),
  // TLS
  'tls-version': culprit(
    'No TLS version or cipher in common (an old client or server, a hardened configuration)',
    ['openssl-versions', 'openssl-handshake'],
    { tls: 'handshake' },
  ),
  'client-cert-required': culprit(
    'The server requires a client certificate and none (or none it accepts) was sent',
    ['openssl-handshake'],
    { tls: 'handshake' },
  ),
  'sni-missing': culprit(
    'The server needs the host name in SNI and did not get it (an IP address in the URL, an old client)',
    ['openssl-handshake'],
    { tls: 'handshake' },
  ),
  'tls-to-plain': culprit(
    'TLS spoken to a port that serves plain HTTP (https:// to an http:// port)',
    ['other-scheme'],
    { tls: 'handshake' },
  ),
  middlebox: culprit(
    'A firewall, proxy or antivirus on the way that cuts the handshake',
    ['openssl-handshake', 'curl-v'],
    { tls: 'handshake', where: 'remote' },
  ),
  'self-signed': culprit(
    'A self-signed certificate, or one from a private CA the client does not trust',
    ['openssl-chain', 'curl-cacert'],
    { tls: 'verification' },
  ),
  'incomplete-chain': culprit(
    'An incomplete chain: the server does not send its intermediate certificate',
    ['openssl-chain'],
    { tls: 'verification' },
  ),
  'intercepting-proxy': culprit(
    'A company proxy or antivirus that intercepts TLS with its own CA',
    ['openssl-chain'],
    { tls: 'verification', where: 'remote' },
  ),
  'ca-bundle': culprit(
    'A missing or outdated CA bundle on the client (an old OS, a slim container image, Python’s certifi)',
    ['curl-cafile', 'curl-cacert'],
    { tls: 'verification' },
  ),
  'cert-expired': culprit(
    'The certificate expired or is not valid yet, or the client’s clock is wrong',
    ['openssl-dates', 'date'],
    { tls: 'verification' },
  ),
  'cert-hostname': culprit(
    'A certificate for another host name than the one in the URL (the wrong host, or no SNI)',
    ['openssl-names'],
    { tls: 'verification' },
  ),
  'client-cert-file': culprit(
    'The client certificate or key given with --cert / --key cannot be used (path, format or password)',
    ['client-cert'],
    { tls: 'handshake' },
  ),
  'ca-file': culprit('The CA bundle file the client was told to use is missing, unreadable or not PEM', [
    'curl-cafile',
  ]),
  // A connection that closed
  'protocol-mismatch': culprit(
    'A protocol mismatch: http:// to a TLS port, or https:// to a plain HTTP port',
    ['other-scheme'],
  ),
  'dropped-request': culprit(
    'A server that dropped the request without answering (an nginx "return 444" rule, a crash before the first byte)',
    ['server-logs', 'curl-v'],
    { phase: 'response' },
  ),
  'server-crash': culprit(
    'The server process crashed or restarted while handling the request',
    ['server-logs', 'curl-v'],
    { phase: 'response' },
  ),
  'proxy-cut': culprit(
    'A proxy, load balancer or firewall cut the connection (an idle timeout, a size limit, a blocked request)',
    ['curl-v', 'server-logs'],
  ),
  'http2-problem': culprit('The server or a proxy mishandles HTTP/2 and reset the stream', ['curl-http1']),
  'stale-keepalive': culprit(
    'A kept-alive connection the server closed just as the client reused it',
    ['curl-v'],
    { phase: 'response' },
  ),
  'abuse-protection': culprit(
    'Protection against abuse that drops connections instead of answering 429',
    ['curl-v'],
    { where: 'remote' },
  ),
  'partial-body': culprit(
    'The connection closed before the whole body arrived: the body is shorter than Content-Length promised',
    ['curl-size', 'server-logs'],
    { phase: 'response' },
  ),
  'send-broke': culprit(
    'The connection broke while the request was being sent (a proxy or server closing it, a body too large)',
    ['curl-v', 'server-logs'],
  ),
  'redirect-loop': culprit('The redirects loop (A → B → A) or chain beyond --max-redirs', ['curl-locations']),
  // CORS and the browser
  'cors-no-origin': culprit('No Access-Control-Allow-Origin for your origin in the response', [
    'devtools-console',
    'curl-preflight',
  ]),
  'cors-preflight': culprit(
    'A failing preflight: OPTIONS answered 401, 404 or 405, or without the needed Allow-Methods / Allow-Headers',
    ['curl-preflight', 'devtools-options'],
  ),
  'cors-credentials': culprit('Credentials sent while Access-Control-Allow-Origin is "*"', [
    'devtools-console',
  ]),
  'cors-error-page': culprit(
    'An error page or redirect (from a proxy or an auth layer) without CORS headers',
    ['devtools-options', 'curl-preflight'],
  ),
  'cors-refused': culprit(
    'A CORS refusal: the console shows "blocked by CORS policy" next to it (Chrome records these as net::ERR_FAILED, fetch as "Failed to fetch")',
    ['devtools-console', 'curl-preflight'],
  ),
  'network-failed': culprit(
    'The network, DNS or the connection failed: the Network tab names the net::ERR_… code',
    ['devtools-status', 'curl-v'],
  ),
  'cert-error-browser': culprit(
    'A certificate the browser does not trust (net::ERR_CERT_…): an expired, self-signed or wrong-host certificate',
    ['open-in-tab'],
  ),
  'ad-blocker': culprit('An ad or tracker blocker (uBlock Origin, Privacy Badger…) matching the URL', [
    'private-window',
    'devtools-blocked',
  ]),
  'browser-policy': culprit('A browser policy or company filter', ['devtools-blocked']),
  'mixed-content': culprit('Mixed content: an http:// request from an https:// page', ['devtools-console']),
  'unsafe-port': culprit('A port the browser refuses to use', ['devtools-blocked']),
  'response-blocking': culprit('Response blocking (ORB/CORB) or a Content-Security-Policy rule', [
    'devtools-console',
  ]),
  // Offline, cancelled, other
  'no-network': culprit('No network connection, or Wi-Fi or a VPN that dropped', ['ping', 'other-site']),
  'vpn-down': culprit('A VPN that must be connected to reach this host', ['traceroute'], { where: 'remote' }),
  'network-changed': culprit(
    'The network changed (Wi-Fi to cable, a VPN coming up or down) while the request ran',
    ['ping'],
  ),
  'no-route': culprit(
    'A host address with no route from here (a private network, a missing gateway)',
    ['traceroute'],
    { where: 'remote' },
  ),
  'abort-controller': culprit(
    'An AbortController, or a framework cancelling a request that a newer one replaced (typing in a search box)',
    ['code-abort', 'devtools-canceled'],
  ),
  navigation: culprit('Navigation or a reload while the request ran', ['devtools-canceled']),
  'abort-timeout': culprit('A client time limit that aborts (axios timeout, AbortSignal.timeout)', [
    'code-abort',
  ]),
  'ctrl-c': culprit('Someone pressing Ctrl+C', []),
  'scheme-typo': culprit('The scheme is misspelled or preceded by a stray character', ['echo-url']),
  'url-malformed': culprit(
    'The URL is malformed: quote it for the shell (& ? [ ] { } and spaces break it unquoted) and check the scheme and host',
    ['curl-glob'],
  ),
  'bad-option': culprit('A malformed URL or an option the client does not support', ['curl-v']),
  'protocol-error': culprit(
    'A protocol error between client and server (an HTTP/2 stream reset, an invalid response)',
    ['curl-v', 'curl-http1'],
  ),
  'local-problem': culprit('A local problem: permissions, a full disk, memory', []),
  'write-error': culprit(
    'The program reading curl’s output stopped early (head, a closed pipe) or the disk is full',
    [],
  ),
  'read-file': culprit('A file given with -d @file, -T or -F name=@file cannot be read', []),
} as const satisfies Record<string, Culprit>;

export type CulpritId = keyof typeof CULPRITS;
