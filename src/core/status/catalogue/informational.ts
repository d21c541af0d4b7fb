import { rfcSection } from '../rfcSection';
import type { StatusRecord } from '../statusRecord';

/** The 1xx codes: interim responses sent before the final one. */
export const informational: readonly StatusRecord[] = [
  {
    code: 100,
    name: 'Continue',
    registered: true,
    formerNames: [],
    frequency: 'occasional',
    summary: 'The server has looked at the request headers and is ready for the body: go ahead and send it.',
    description:
      'A client that sends "Expect: 100-continue" waits for this interim answer before uploading a large body, so no bandwidth is wasted on a request that would be refused anyway. The final status arrives after the body. curl adds the Expect header by itself for big uploads, which is why a 100 turns up in verbose output.',
    whenYouSeeIt: [
      'curl -v output for a large POST or PUT',
      'Clients that send Expect: 100-continue before a big upload',
    ],
    causes: ['The request carried Expect: 100-continue and the server accepted its headers'],
    handling: [
      'Nothing to do: keep reading, the final response follows.',
      "If a server or proxy mishandles the Expect header, stop sending it (curl -H 'Expect:').",
    ],
    retry: { verdict: 'not-applicable', explanation: 'An interim response, not an outcome.' },
    notes: [
      'A 100 is never the final answer; if a capture stops on it, the real response was lost or cut off.',
      'A server may skip the 100 and send a final status (such as 401 or 417) straight away.',
    ],
    confusedWith: [
      { code: 417, explanation: '417 refuses the Expect header; 100 accepts it.' },
      {
        code: 103,
        explanation: '103 carries preload hints; 100 answers an Expect header. Both are interim.',
      },
      { code: 104, explanation: '104 announces that an upload can be resumed; 100 just invites the body.' },
    ],
    spec: rfcSection(9110, '15.2.1'),
  },
  {
    code: 101,
    name: 'Switching Protocols',
    registered: true,
    formerNames: [],
    frequency: 'occasional',
    summary:
      'The server agrees to switch the connection to the protocol the client asked for in its Upgrade header.',
    description:
      'Mostly seen in WebSocket handshakes, and in the old cleartext HTTP/2 (h2c) upgrade. Once the 101 is sent the connection stops speaking HTTP/1.1: the bytes that follow belong to the new protocol, named in the Upgrade response header.',
    whenYouSeeIt: ['Opening a WebSocket (ws:// or wss://)', 'An HTTP/1.1 to h2c upgrade (now rare)'],
    causes: ['The client sent Upgrade and Connection: upgrade, and the server accepted'],
    handling: [
      'Hand the connection to the new protocol (your WebSocket library does this).',
      'If you expected 101 and got 200, 400 or 426, check that every proxy forwards the Upgrade and Connection headers.',
    ],
    retry: { verdict: 'not-applicable', explanation: 'The upgrade succeeded; nothing to retry.' },
    notes: [
      'HTTP/2 and HTTP/3 have no 101: WebSockets over them use extended CONNECT and a 200 (RFC 8441, RFC 9220).',
      'A reverse proxy that drops hop-by-hop headers (nginx without proxy_set_header Upgrade) turns WebSocket handshakes into ordinary requests that fail.',
    ],
    confusedWith: [
      {
        code: 426,
        explanation: '426 is the server demanding an upgrade; 101 is the server agreeing to one.',
      },
    ],
    spec: rfcSection(9110, '15.2.2'),
  },
  {
    code: 102,
    name: 'Processing',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary:
      'An interim signal that the server is still working on a slow request, meant to keep the client from timing out.',
    description:
      'WebDAV (RFC 2518) defined it so a server could report progress on long operations such as a deep COPY or MOVE. RFC 4918 later dropped it from WebDAV because few implemented it, but the number is still registered. Very few servers send it today.',
    whenYouSeeIt: ['WebDAV servers working on long COPY, MOVE or PROPFIND requests'],
    causes: ['A request that takes the server much longer than usual'],
    handling: [
      'Keep waiting for the final response.',
      'For long jobs in your own API, prefer 202 Accepted with a status URL to poll.',
    ],
    retry: { verdict: 'not-applicable', explanation: 'An interim response; the final one is still coming.' },
    notes: [
      'RFC 4918 removed 102 from WebDAV; it is registered but effectively legacy.',
      'Many clients and proxies ignore it, so do not build on it.',
    ],
    confusedWith: [
      {
        code: 202,
        explanation:
          '202 ends the exchange and leaves the work running; 102 is interim and the final answer still arrives on the same request.',
      },
    ],
    spec: rfcSection(2518, '10.1'),
  },
  {
    code: 103,
    name: 'Early Hints',
    registered: true,
    formerNames: [],
    frequency: 'occasional',
    summary:
      'An interim response with Link headers, so the browser can preload or preconnect while the server prepares the real answer.',
    description:
      'While the server is still building the page, it sends 103 with Link headers such as rel=preload or rel=preconnect, and the browser starts fetching stylesheets and scripts early. The hints are only hints: the headers of the final response are the ones that count.',
    whenYouSeeIt: [
      'Sites behind CDNs that enable Early Hints',
      'curl -v output showing two status lines for one request',
    ],
    causes: ['The server or CDN is configured to send Early Hints'],
    handling: [
      'API clients have nothing to do: read on to the final response.',
      'Do not merge the headers of the 103 into the final response.',
    ],
    retry: { verdict: 'not-applicable', explanation: 'An interim response; the final one follows.' },
    notes: [
      'Browsers generally act on 103 only over HTTP/2 or HTTP/3, because older HTTP/1.1 clients can mishandle extra interim responses.',
    ],
    confusedWith: [
      {
        code: 100,
        explanation: '100 answers Expect: 100-continue; 103 offers preload hints. Both are interim.',
      },
    ],
    spec: rfcSection(8297, '2'),
  },
  {
    code: 104,
    name: 'Upload Resumption Supported',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary:
      'An interim response telling the client that this upload can be resumed if it breaks, and where.',
    description:
      'It comes from the IETF draft on resumable uploads. A server that can accept interrupted uploads sends 104 early, pointing at an upload resource, so a client that loses its connection can ask how many bytes arrived and send only the rest instead of starting over.',
    whenYouSeeIt: [
      'Large uploads between clients and servers that implement the IETF resumable-upload draft',
    ],
    causes: ['The server supports resumable uploads and the client said it can use them'],
    handling: [
      'Keep the upload URL from the interim response.',
      'If the transfer breaks, ask the server for the received offset and resume from there.',
    ],
    retry: { verdict: 'not-applicable', explanation: 'An interim response; the final one follows.' },
    notes: [
      'A temporary IANA registration for an Internet-Draft, not an RFC: it lapses unless it is renewed or made permanent when the draft is published, and details may still change between draft versions.',
      'Clients must be able to parse it; one that does not know 104 may skip it like any unexpected interim response (RFC 9110 §15.2 makes ignoring it a MAY).',
    ],
    confusedWith: [
      {
        code: 100,
        explanation:
          '100 invites the client to send the body; 104 says an interrupted upload can be resumed.',
      },
    ],
    spec: {
      label: 'draft-ietf-httpbis-resumable-upload',
      url: 'https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/',
    },
  },
];
