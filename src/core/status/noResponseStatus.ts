import type { StatusInfo } from '../types';
import { rfcSection } from './rfcSection';

/**
 * Status 0: what browsers, HAR files and HTTP libraries record when no response arrived. It is not an
 * HTTP status code (RFC 9110 §15 allows 100 to 599), so it describes the failure, not an answer.
 */
export function noResponseStatus(): StatusInfo {
  return {
    code: 0,
    name: 'No response',
    category: 'invalid',
    registered: false,
    known: true,
    formerNames: [],
    frequency: 'common',
    summary:
      'No HTTP response arrived: the request failed before the server answered, or the client gave up, so there is no status code to read.',
    description:
      'Browsers, HAR files and many HTTP libraries record 0 when a request ends without a response. The reason is in the client’s error, not in HTTP: the host name did not resolve, the connection was refused or timed out, the TLS handshake failed, the connection was reset, an extension or policy blocked the request, CORS withheld the response, the machine was offline, or the client cancelled.',
    whenYouSeeIt: [
      'A failed entry (status 0) in a HAR export or the DevTools Network panel',
      'curl: (6), (7), (28), (35), (52), (56), (60)… and no status line',
      'ECONNREFUSED, ENOTFOUND, ETIMEDOUT or "fetch failed" in Node, ConnectionError or Timeout in Python',
    ],
    causes: [
      'A host name that does not resolve (typo, VPN, DNS)',
      'Nothing listening on the port, or a firewall refusing it',
      'A time limit that ran out (dropped packets, a slow server)',
      'An untrusted certificate or a failed TLS handshake',
      'A connection reset or closed by the server or a proxy',
      'An extension, policy or CORS rule in the browser',
      'No network, or a request the client cancelled',
    ],
    handling: [
      'Read the client’s error message: it names the cause.',
      'Confirm the cause with the command the diagnosis gives (nslookup, nc, openssl s_client, curl -v).',
      'Retry only when the cause is transient and the request cannot have taken effect twice.',
    ],
    retry: {
      verdict: 'after-fix',
      explanation:
        'It depends on the cause: DNS, TLS and refused connections need a fix first; timeouts and resets are often transient.',
    },
    notes: [
      '0 is not an HTTP status code: clients use it to say that no response arrived.',
      'A gateway that could not reach the server answers 502 or 504 instead: then a response did arrive, from the gateway.',
    ],
    confusedWith: [
      {
        code: 502,
        explanation:
          '502: a gateway reached you but not the server behind it; 0: nothing answered you at all.',
      },
      {
        code: 504,
        explanation:
          '504: a gateway gave up waiting for the server; 0 with a timeout: your own client gave up.',
      },
      {
        code: 499,
        explanation:
          'nginx logs 499 when the client closed the connection first: the server side of an aborted request.',
      },
    ],
    spec: rfcSection(9110, '15'),
  };
}
