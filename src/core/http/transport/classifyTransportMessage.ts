import type { NoResponseCause, TransportError } from '../../types';

export interface Classification {
  cause: NoResponseCause;
  phase?: TransportError['phase'];
}

interface Rule extends Classification {
  pattern: RegExp;
}

/**
 * What an error message says went wrong, by the words clients use (curl, wget, Node, Python, Go, Java,
 * .NET, browsers). Order matters: a DNS lookup that timed out is a DNS failure, a CORS refusal is not
 * a generic "blocked", and a reset is checked before TLS because "SSL_read: Connection reset" is a reset.
 */
const RULES: Rule[] = [
  {
    cause: 'dns',
    phase: 'connect',
    pattern:
      /could ?n[o']t resolve|unable to resolve|name or service not known|nodename nor servname|name resolution|getaddrinfo|\bENOTFOUND\b|\bEAI_(?:AGAIN|NONAME|FAIL|NODATA)\b|no such host|unknown ?host|NameResolution|bad address '|ERR_NAME_NOT_RESOLVED|ERR_NAME_RESOLUTION_FAILED|NS_ERROR_UNKNOWN_HOST|host not found|Resolving timed out|\bgaierror\b|No address associated with hostname/i,
  },
  {
    cause: 'cors',
    pattern:
      /\bCORS\b|Cross-Origin Request Blocked|Access-Control-Allow-Origin|same[- ]origin policy|NS_ERROR_DOM_BAD_URI/i,
  },
  {
    cause: 'blocked',
    phase: 'connect',
    pattern:
      /ERR_BLOCKED_BY_(?:CLIENT|ADMINISTRATOR|RESPONSE|ORB|CSP)|NS_ERROR_(?:BLOCKED|CONTENT_BLOCKED)|blocked by (?:an? )?(?:extension|ad ?blocker|client|administrator)|Mixed Content|ERR_UNSAFE_PORT|NS_ERROR_PORT_ACCESS_NOT_ALLOWED/i,
  },
  {
    cause: 'offline',
    phase: 'connect',
    pattern:
      /ERR_INTERNET_DISCONNECTED|NS_ERROR_OFFLINE|network is unreachable|\bENETUNREACH\b|\bENETDOWN\b|ERR_NETWORK_CHANGED|ERR_ADDRESS_UNREACHABLE|no route to host|\bEHOSTUNREACH\b|\bEHOSTDOWN\b/i,
  },
  {
    cause: 'timeout',
    phase: 'connect',
    pattern:
      /connect(?:ion)? timed? ?out|timed out while connecting|connect timeout|UND_ERR_CONNECT_TIMEOUT|ERR_SOCKET_CONNECTION_TIMEOUT|ConnectTimeout|ERR_CONNECTION_TIMED_OUT|connection attempt failed because the connected party did not properly respond|\[(?:Errno|WinError) (?:110|60|10060)\]/i,
  },
  {
    cause: 'timeout',
    phase: 'response',
    pattern:
      /read timed? ?out|ReadTimeout|UND_ERR_(?:HEADERS|BODY)_TIMEOUT|awaiting (?:response )?headers|response timeout|ESOCKETTIMEDOUT/i,
  },
  {
    cause: 'timeout',
    pattern:
      /timed? ?out|\bETIMEDOUT\b|TimeoutError|ERR_TIMED_OUT|NS_ERROR_NET_TIMEOUT|deadline exceeded|SocketTimeoutException|socket\.timeout|timeout of \d+ ?ms exceeded|\bECONNABORTED\b/i,
  },
  {
    cause: 'connection-refused',
    phase: 'connect',
    pattern:
      /connection refused|\bECONNREFUSED\b|ERR_CONNECTION_REFUSED|NS_ERROR_CONNECTION_REFUSED|actively refused|can't connect to remote host|Failed to connect|ConnectException|ERR_(?:PROXY|TUNNEL)_CONNECTION_FAILED|\[(?:Errno|WinError) (?:61|111|10061)\]/i,
  },
  {
    cause: 'connection-reset',
    phase: 'response',
    pattern:
      /connection reset|\bECONNRESET\b|socket hang up|ERR_CONNECTION_(?:RESET|CLOSED|ABORTED)|ERR_EMPTY_RESPONSE|NS_ERROR_NET_(?:RESET|INTERRUPT)|empty reply|RemoteDisconnected|closed connection without response|\bEPIPE\b|broken pipe|Connection aborted|ConnectionAbortedError|Recv failure|Send failure|transfer closed|UND_ERR_SOCKET|other side closed|No data received|unexpected EOF|ERR_INCOMPLETE_CHUNKED_ENCODING|ERR_CONTENT_LENGTH_MISMATCH|server closed the connection|error getting response|\[(?:Errno|WinError) (?:54|104|10054)\]/i,
  },
  {
    cause: 'tls',
    phase: 'connect',
    pattern:
      /\bSSL|\bTLS|certificate|CERT_|SELF_SIGNED|x509|handshake|_ssl\.c|self[- ]signed|local issuer|UNABLE_TO_(?:VERIFY|GET_ISSUER)|DEPTH_ZERO|\bEPROTO\b|ERR_SSL|ERR_CERT|ERR_INSECURE_RESPONSE|SEC_ERROR|PKIX|schannel|wrong version number|alert (?:handshake|protocol|bad)/i,
  },
  {
    cause: 'aborted',
    pattern: /AbortError|\baborted\b|ERR_ABORTED|NS_BINDING_ABORTED|ERR_CANCELED|\bcancell?ed\b|ABORT_ERR/i,
  },
];

/** The cause a message names, or undefined when it names none of them. */
export function classifyTransportMessage(message: string): Classification | undefined {
  for (const rule of RULES) {
    if (rule.pattern.test(message))
      return rule.phase ? { cause: rule.cause, phase: rule.phase } : { cause: rule.cause };
  }
  return undefined;
}
