import { describe, expect, it } from 'vitest';
import { classifyTransportMessage } from './classifyTransportMessage';

describe('classifyTransportMessage', () => {
  it.each([
    ['Could not resolve host: api.example.com', 'dns', 'connect'],
    ["Couldn't resolve host 'x'", 'dns', 'connect'],
    ['getaddrinfo ENOTFOUND api.example.com', 'dns', 'connect'],
    ['getaddrinfo EAI_AGAIN api.example.com', 'dns', 'connect'],
    ['[Errno -2] Name or service not known', 'dns', 'connect'],
    ['[Errno 8] nodename nor servname provided, or not known', 'dns', 'connect'],
    ['Temporary failure in name resolution', 'dns', 'connect'],
    ['dial tcp: lookup api.example.com: no such host', 'dns', 'connect'],
    ['java.net.UnknownHostException: api.example.com', 'dns', 'connect'],
    ['net::ERR_NAME_NOT_RESOLVED', 'dns', 'connect'],
    ['Resolving timed out after 5000 milliseconds', 'dns', 'connect'],
    [
      "Access to fetch at 'https://a.io' from origin 'https://b.io' has been blocked by CORS policy",
      'cors',
      undefined,
    ],
    ['Cross-Origin Request Blocked: The Same Origin Policy disallows reading', 'cors', undefined],
    ['net::ERR_BLOCKED_BY_CLIENT', 'blocked', 'connect'],
    ['net::ERR_INTERNET_DISCONNECTED', 'offline', 'connect'],
    ['connect ENETUNREACH 10.0.0.1:443', 'offline', 'connect'],
    ['Failed to connect to a.io port 443: No route to host', 'offline', 'connect'],
    ['[Errno 110] Connection timed out', 'timeout', 'connect'],
    ['Connect Timeout Error', 'timeout', 'connect'],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout', 'connect'],
    ['Read timed out. (read timeout=100)', 'timeout', 'response'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout', 'response'],
    ['Operation timed out after 0 milliseconds with 0 out of 0 bytes received', 'timeout', undefined],
    ['timeout of 1000ms exceeded', 'timeout', undefined],
    ['context deadline exceeded (Client.Timeout exceeded while awaiting headers)', 'timeout', 'response'],
    ['connect ECONNREFUSED 127.0.0.1:5001', 'connection-refused', 'connect'],
    ['[Errno 111] Connection refused', 'connection-refused', 'connect'],
    [
      'No connection could be made because the target machine actively refused it',
      'connection-refused',
      'connect',
    ],
    ['net::ERR_CONNECTION_REFUSED', 'connection-refused', 'connect'],
    ['Recv failure: Connection reset by peer', 'connection-reset', 'response'],
    ['socket hang up', 'connection-reset', 'response'],
    ['Empty reply from server', 'connection-reset', 'response'],
    [
      "('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))",
      'connection-reset',
      'response',
    ],
    ['net::ERR_EMPTY_RESPONSE', 'connection-reset', 'response'],
    ['SSL certificate problem: unable to get local issuer certificate', 'tls', 'connect'],
    [
      '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self signed certificate in certificate chain',
      'tls',
      'connect',
    ],
    ['x509: certificate signed by unknown authority', 'tls', 'connect'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'tls', 'connect'],
    ['net::ERR_CERT_DATE_INVALID', 'tls', 'connect'],
    ['net::ERR_INSECURE_RESPONSE', 'tls', 'connect'],
    ['OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to a.io:443', 'tls', 'connect'],
    ['The operation was aborted', 'aborted', undefined],
    ['net::ERR_ABORTED', 'aborted', undefined],
  ])('%j → %s (%s)', (message, cause, phase) => {
    const found = classifyTransportMessage(message);
    expect(found?.cause).toBe(cause);
    expect(found?.phase).toBe(phase);
  });

  it.each([['fetch failed'], ['Internal Server Error'], ['Something went wrong']])(
    'names no cause in %j',
    (message) => {
      expect(classifyTransportMessage(message)).toBeUndefined();
    },
  );
});
