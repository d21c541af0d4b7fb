import type { NoResponseCause, TransportError } from '../../types';

/** What one of curl's exit codes means (curl's "EXIT CODES" and libcurl-errors), in our words. */
export interface CurlExitCode {
  /** libcurl's name for it, as curl's documentation and source use it. */
  name: string;
  /** What happened, in one sentence. */
  meaning: string;
  cause: NoResponseCause;
  /** 'connect': nothing was sent yet; 'response': the request may have reached the server. */
  phase?: TransportError['phase'];
}

const code = (
  name: string,
  cause: NoResponseCause,
  meaning: string,
  phase?: TransportError['phase'],
): CurlExitCode => (phase ? { name, meaning, cause, phase } : { name, meaning, cause });

/**
 * Every exit code curl documents that an HTTP user can meet. FTP, LDAP, TFTP, SSH and mail codes are
 * listed by name only as 'other': they never come from an HTTP transfer.
 */
export const CURL_EXIT_CODES: Readonly<Record<number, CurlExitCode>> = {
  1: code(
    'CURLE_UNSUPPORTED_PROTOCOL',
    'other',
    'The URL uses a scheme this curl cannot speak: a typo such as "htps://", a stray space or quote before it, or a build without that protocol.',
    'connect',
  ),
  2: code(
    'CURLE_FAILED_INIT',
    'other',
    'curl could not start the transfer at all: a problem with the curl installation, not with the server.',
    'connect',
  ),
  3: code(
    'CURLE_URL_MALFORMAT',
    'other',
    'The URL is not valid: unbalanced quotes, spaces or braces, a missing host, or shell characters that were not quoted.',
    'connect',
  ),
  4: code(
    'CURLE_NOT_BUILT_IN',
    'other',
    'The command asks for a feature this curl build does not include (HTTP/3, a TLS option, a protocol).',
    'connect',
  ),
  5: code(
    'CURLE_COULDNT_RESOLVE_PROXY',
    'dns',
    "The proxy's host name could not be resolved: check the proxy setting (-x, HTTPS_PROXY, http_proxy).",
    'connect',
  ),
  6: code(
    'CURLE_COULDNT_RESOLVE_HOST',
    'dns',
    'The host name could not be turned into an address: it is misspelled, does not exist, or DNS is unreachable (VPN, offline, /etc/hosts).',
    'connect',
  ),
  7: code(
    'CURLE_COULDNT_CONNECT',
    'connection-refused',
    'No connection could be made to the host and port: nothing listens there, a firewall refuses it, or the network cannot reach it.',
    'connect',
  ),
  8: code(
    'CURLE_WEIRD_SERVER_REPLY',
    'other',
    'The server answered with something that is not valid HTTP: a different protocol on that port, or a broken proxy.',
    'response',
  ),
  9: code(
    'CURLE_REMOTE_ACCESS_DENIED',
    'other',
    'The server denied access to the resource (an FTP or file-transfer code, not an HTTP status).',
  ),
  16: code(
    'CURLE_HTTP2',
    'other',
    'The HTTP/2 layer failed: a broken HTTP/2 implementation on the server or a proxy between.',
    'response',
  ),
  18: code(
    'CURLE_PARTIAL_FILE',
    'connection-reset',
    'The transfer ended before the announced size arrived: the connection closed early.',
    'response',
  ),
  22: code(
    'CURLE_HTTP_RETURNED_ERROR',
    'other',
    'The server answered with an HTTP error status and -f/--fail made curl treat it as a failure.',
    'response',
  ),
  23: code(
    'CURLE_WRITE_ERROR',
    'other',
    'curl could not write what it received (disk full, no permission, or the program reading its output, such as head, stopped).',
    'response',
  ),
  25: code('CURLE_UPLOAD_FAILED', 'other', 'The upload could not be started or completed.', 'response'),
  26: code(
    'CURLE_READ_ERROR',
    'other',
    'curl could not read a local file it was asked to send (-d @file, -T, -F field=@file).',
    'connect',
  ),
  27: code('CURLE_OUT_OF_MEMORY', 'other', 'curl ran out of memory.'),
  28: code(
    'CURLE_OPERATION_TIMEDOUT',
    'timeout',
    'A time limit ran out before the transfer finished: the connect timeout or --max-time.',
  ),
  33: code(
    'CURLE_RANGE_ERROR',
    'other',
    'The server does not support the byte range that was asked for.',
    'response',
  ),
  34: code('CURLE_HTTP_POST_ERROR', 'other', 'An internal error while preparing the POST.', 'connect'),
  35: code(
    'CURLE_SSL_CONNECT_ERROR',
    'tls',
    'The TLS handshake failed: no common protocol version or cipher, a client certificate problem, or a middlebox cutting the handshake.',
    'connect',
  ),
  36: code('CURLE_BAD_DOWNLOAD_RESUME', 'other', 'The download could not be resumed at the given offset.'),
  37: code('CURLE_FILE_COULDNT_READ_FILE', 'other', 'A file:// URL could not be read.'),
  42: code(
    'CURLE_ABORTED_BY_CALLBACK',
    'aborted',
    'The transfer was aborted on purpose (by a progress callback or the user).',
  ),
  43: code('CURLE_BAD_FUNCTION_ARGUMENT', 'other', 'An internal error in curl or the program using libcurl.'),
  45: code(
    'CURLE_INTERFACE_FAILED',
    'other',
    'The local network interface or address given with --interface could not be used.',
    'connect',
  ),
  47: code(
    'CURLE_TOO_MANY_REDIRECTS',
    'other',
    'The redirects did not end within the limit (--max-redirs, 50 by default): usually a redirect loop.',
    'response',
  ),
  48: code('CURLE_UNKNOWN_OPTION', 'other', 'An option given to libcurl is not known to this version.'),
  49: code('CURLE_SETOPT_OPTION_SYNTAX', 'other', 'An option value has the wrong syntax.'),
  51: code(
    'CURLE_PEER_FAILED_VERIFICATION',
    'tls',
    "The server's certificate does not match the host name (curl before 7.62 used 51 for every failed certificate check).",
    'connect',
  ),
  52: code(
    'CURLE_GOT_NOTHING',
    'connection-reset',
    'The server closed the connection without sending a single byte of response: it crashed or dropped the request, or the port expects another protocol (TLS on an http:// URL, or the reverse).',
    'response',
  ),
  53: code(
    'CURLE_SSL_ENGINE_NOTFOUND',
    'tls',
    'The crypto engine that was asked for is not available.',
    'connect',
  ),
  54: code('CURLE_SSL_ENGINE_SETFAILED', 'tls', 'The crypto engine could not be selected.', 'connect'),
  55: code(
    'CURLE_SEND_ERROR',
    'connection-reset',
    'Sending the request failed: the connection broke while curl was writing to it.',
    'response',
  ),
  56: code(
    'CURLE_RECV_ERROR',
    'connection-reset',
    'Receiving the response failed: the connection was reset or closed while curl was reading.',
    'response',
  ),
  58: code(
    'CURLE_SSL_CERTPROBLEM',
    'tls',
    'The local client certificate or its key could not be used (--cert, --key): wrong path, format, or password.',
    'connect',
  ),
  59: code('CURLE_SSL_CIPHER', 'tls', 'The cipher list given with --ciphers could not be used.', 'connect'),
  60: code(
    'CURLE_PEER_FAILED_VERIFICATION',
    'tls',
    "The server's certificate could not be verified with the CA certificates curl trusts: self-signed, an incomplete chain, an intercepting proxy, or a missing CA bundle.",
    'connect',
  ),
  61: code(
    'CURLE_BAD_CONTENT_ENCODING',
    'other',
    'The response uses a content or transfer encoding curl does not understand.',
    'response',
  ),
  63: code(
    'CURLE_FILESIZE_EXCEEDED',
    'other',
    'The response is larger than --max-filesize allows.',
    'response',
  ),
  64: code(
    'CURLE_USE_SSL_FAILED',
    'tls',
    'The required TLS level could not be reached (a file-transfer or mail protocol).',
    'connect',
  ),
  65: code(
    'CURLE_SEND_FAIL_REWIND',
    'connection-reset',
    'curl had to send the body again (after a redirect or auth round) but could not rewind it.',
    'response',
  ),
  66: code('CURLE_SSL_ENGINE_INITFAILED', 'tls', 'The crypto engine could not be initialised.', 'connect'),
  67: code('CURLE_LOGIN_DENIED', 'other', 'The server refused the login (a file-transfer or mail protocol).'),
  77: code(
    'CURLE_SSL_CACERT_BADFILE',
    'tls',
    'The CA certificate bundle could not be read: the file given with --cacert or configured in curl is missing, unreadable or not a certificate file.',
    'connect',
  ),
  78: code(
    'CURLE_REMOTE_FILE_NOT_FOUND',
    'other',
    'The file does not exist on the server (a file-transfer protocol).',
  ),
  79: code('CURLE_SSH', 'other', 'An SSH (SCP/SFTP) error.'),
  80: code(
    'CURLE_SSL_SHUTDOWN_FAILED',
    'tls',
    'The TLS connection could not be shut down cleanly.',
    'response',
  ),
  82: code(
    'CURLE_SSL_CRL_BADFILE',
    'tls',
    'The certificate revocation list (--crlfile) could not be loaded.',
    'connect',
  ),
  83: code(
    'CURLE_SSL_ISSUER_ERROR',
    'tls',
    "The server certificate's issuer did not match the expected one (--issuercert).",
    'connect',
  ),
  88: code('CURLE_CHUNK_FAILED', 'other', 'A chunk callback failed.'),
  89: code('CURLE_NO_CONNECTION_AVAILABLE', 'other', 'No connection was available to reuse.', 'connect'),
  90: code(
    'CURLE_SSL_PINNEDPUBKEYNOTMATCH',
    'tls',
    "The server's public key does not match the one pinned with --pinnedpubkey.",
    'connect',
  ),
  91: code(
    'CURLE_SSL_INVALIDCERTSTATUS',
    'tls',
    "The certificate's OCSP status (--cert-status) was not good.",
    'connect',
  ),
  92: code(
    'CURLE_HTTP2_STREAM',
    'other',
    'The HTTP/2 stream was reset or closed in error (PROTOCOL_ERROR, INTERNAL_ERROR...): usually a server or proxy that mishandles HTTP/2.',
    'response',
  ),
  93: code('CURLE_RECURSIVE_API_CALL', 'other', 'libcurl was called from inside one of its own callbacks.'),
  94: code('CURLE_AUTH_ERROR', 'other', 'An authentication function returned an error.'),
  95: code('CURLE_HTTP3', 'other', 'The HTTP/3 layer failed.', 'response'),
  96: code(
    'CURLE_QUIC_CONNECT_ERROR',
    'tls',
    'The QUIC connection (HTTP/3) could not be set up: UDP blocked, or a TLS problem.',
    'connect',
  ),
  97: code(
    'CURLE_PROXY',
    'other',
    'The proxy refused or failed the handshake (SOCKS or HTTPS proxy).',
    'connect',
  ),
  98: code(
    'CURLE_SSL_CLIENTCERT',
    'tls',
    'The server requires a client certificate and none (or no acceptable one) was sent.',
    'connect',
  ),
  99: code(
    'CURLE_UNRECOVERABLE_POLL',
    'other',
    'Waiting on the network failed in a way curl cannot recover from.',
  ),
  100: code(
    'CURLE_TOO_LARGE',
    'other',
    'A value grew larger than curl allows (for example the response headers).',
    'response',
  ),
  101: code(
    'CURLE_ECH_REQUIRED',
    'tls',
    'Encrypted Client Hello was required but could not be used.',
    'connect',
  ),
};
