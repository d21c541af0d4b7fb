import { rfcSection } from '../rfcSection';
import type { StatusRecord } from '../statusRecord';

/** The 2xx codes: the request was received, understood and accepted. */
export const success: readonly StatusRecord[] = [
  {
    code: 200,
    name: 'OK',
    registered: true,
    formerNames: [],
    frequency: 'very-common',
    summary: 'The request succeeded and the body carries the result.',
    description:
      'For a GET the body is the resource; for a POST that creates nothing it is the result of the action; for a PUT or PATCH it is often the updated resource. A 200 only says the server handled the request: it does not promise that the body has the shape your code expects, and some APIs even report errors inside a 200.',
    whenYouSeeIt: [
      'A successful GET',
      'A POST that returns data rather than creating a resource',
      'A PUT or PATCH that sends back the updated resource',
    ],
    causes: ['The server processed the request normally'],
    handling: [
      'Check the body against the structure you expect before using it.',
      'Allow for fields that are null or missing.',
      'Never assume a 200 means the data has the right shape: look for error flags in the body ("errors" in GraphQL, "success": false).',
    ],
    retry: {
      verdict: 'not-applicable',
      explanation: 'Nothing failed; repeating a write could apply it twice.',
    },
    notes: [
      'A 200 answer to HEAD has no body, even when Content-Length describes one.',
      'Batch and GraphQL APIs often answer 200 with partial or per-item errors in the body.',
    ],
    confusedWith: [
      {
        code: 201,
        explanation:
          '201 says something new was created, usually with a Location; 200 just returns the result.',
      },
      {
        code: 204,
        explanation:
          '204 is success with deliberately no body; a 200 with an empty body is legal but unusual.',
      },
    ],
    spec: rfcSection(9110, '15.3.1'),
  },
  {
    code: 201,
    name: 'Created',
    registered: true,
    formerNames: [],
    frequency: 'common',
    summary: 'The request succeeded and created a new resource.',
    description:
      'Usually the answer to a POST, or to a PUT on a URL that did not exist yet. The Location header, when present, points at the new resource, and the body often holds its representation, including the ID the server assigned.',
    whenYouSeeIt: ['A POST that creates a record', 'A PUT that creates a resource at a new URL'],
    causes: ['The server stored the new resource'],
    handling: [
      'Store the new resource ID from the body.',
      'Read the Location header for its URL, resolving it against the request URL if it is relative.',
      'Do not send the POST again: that would create a duplicate.',
    ],
    retry: {
      verdict: 'not-applicable',
      explanation: 'The resource exists now; sending the request again would create another.',
    },
    notes: [
      'Location is not mandatory: without it, RFC 9110 says the created resource is identified by the request URL itself.',
      'Location may be a relative reference.',
    ],
    confusedWith: [
      { code: 200, explanation: '200 returns a result without claiming anything new exists.' },
      { code: 202, explanation: '202 only queues the work; with 201 the resource already exists.' },
    ],
    spec: rfcSection(9110, '15.3.2'),
  },
  {
    code: 202,
    name: 'Accepted',
    registered: true,
    formerNames: [],
    frequency: 'occasional',
    summary: 'The request was accepted for processing, but the work has not finished and may still fail.',
    description:
      'Used for asynchronous work: the server queued the task and answered at once. The body or a Location header usually gives a job ID or a URL to poll. HTTP has no way to deliver the final outcome on the same request later, so the result has to be fetched separately.',
    whenYouSeeIt: [
      'Long-running background jobs',
      'Requests that generate reports or send emails',
      'Batch or bulk imports',
    ],
    causes: ['The server handed the work to a queue or background worker'],
    handling: [
      'Keep the job ID or status URL from the response.',
      'Poll the status URL in a loop with a delay between checks, honouring Retry-After if present.',
      'Treat the job as unfinished until the status says it is done: it can still fail.',
    ],
    retry: {
      verdict: 'not-applicable',
      explanation: 'The request was accepted; repeating it would queue a second job.',
    },
    notes: ['A 202 commits to nothing: it says the request was accepted, not that it will succeed.'],
    confusedWith: [
      {
        code: 201,
        explanation: '201 means the resource already exists; 202 that the work has only been queued.',
      },
      {
        code: 102,
        explanation:
          '102 is an interim signal on the same request; 202 ends the request while the work goes on.',
      },
    ],
    spec: rfcSection(9110, '15.3.3'),
  },
  {
    code: 203,
    name: 'Non-Authoritative Information',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary: 'Success, but a proxy on the way changed the response the origin server sent.',
    description:
      'A transforming proxy (one that recompresses images or adapts content) may turn the 200 it received into a 203 to say the content is not exactly what the origin produced. It is rarely seen in practice.',
    whenYouSeeIt: ['Behind transforming proxies or content filters'],
    causes: ['An intermediary altered the body or headers of a 200 response'],
    handling: [
      'Use the response as a 200, knowing its content may differ from the original.',
      'If the exact bytes matter, send Cache-Control: no-transform or bypass the proxy.',
    ],
    retry: { verdict: 'not-applicable', explanation: 'Not a failure.' },
    notes: ['Cacheable by default, like 200.'],
    confusedWith: [
      { code: 200, explanation: "200 is the origin's own response; 203 means a proxy modified it." },
    ],
    spec: rfcSection(9110, '15.3.4'),
  },
  {
    code: 204,
    name: 'No Content',
    registered: true,
    formerNames: [],
    frequency: 'common',
    summary: 'The request succeeded and there is deliberately no body.',
    description:
      'The usual answer to a DELETE, and to a PUT or PATCH that does not send the resource back. A 204 cannot have content: the message ends with its headers, so there is nothing to parse. Headers such as ETag can still be useful.',
    whenYouSeeIt: [
      'A successful DELETE',
      'A PUT or PATCH that returns no body',
      'Analytics and beacon endpoints',
    ],
    causes: ['The server completed the action and has nothing to send back'],
    handling: [
      'Do not try to parse a body: JSON parsers fail on empty input.',
      'Treat it as confirmed success and update the UI or local state.',
      'Read headers such as ETag if you need them.',
    ],
    retry: { verdict: 'not-applicable', explanation: 'Nothing failed.' },
    notes: [
      'RFC 9110 allows no body in a 204; a server that sends one corrupts the framing of the next response on the same connection.',
      'A server must not send Content-Length in a 204 either.',
    ],
    confusedWith: [
      { code: 200, explanation: '200 normally has a body; 204 never does.' },
      { code: 205, explanation: '205 also has no body, and also asks the client to reset its form or view.' },
    ],
    spec: rfcSection(9110, '15.3.5'),
  },
  {
    code: 205,
    name: 'Reset Content',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary: 'Success; the client should now reset the form or view that sent the request.',
    description:
      'Meant for data-entry interfaces: after a submission, the server asks the user agent to clear the form so the next entry can be typed. Like 204 it carries no content. Browsers largely ignore the reset.',
    whenYouSeeIt: ['Form submissions in data-entry style applications'],
    causes: ['The server wants the input cleared after a successful submission'],
    handling: ['Treat it as success without a body.', 'Clear the form or view if your client supports that.'],
    retry: { verdict: 'not-applicable', explanation: 'Nothing failed.' },
    notes: ['A 205 must not carry content (RFC 9110).'],
    confusedWith: [
      { code: 204, explanation: '204 is plain success without a body; 205 adds "reset the form".' },
    ],
    spec: rfcSection(9110, '15.3.6'),
  },
  {
    code: 206,
    name: 'Partial Content',
    registered: true,
    formerNames: [],
    frequency: 'occasional',
    summary: 'Success: the body holds only the byte range or ranges the client asked for.',
    description:
      'The answer to a request with a Range header. A single range comes with a Content-Range header naming the bytes included and the total size; several ranges come as a multipart/byteranges body with a Content-Range per part. It is what makes resumable downloads and seeking in media possible.',
    whenYouSeeIt: [
      'Resuming an interrupted download',
      'Video or audio streaming and seeking',
      'Download managers fetching a file in parallel pieces',
    ],
    causes: ['The request had a Range header and the server supports ranges for this resource'],
    handling: [
      'Read Content-Range to learn which bytes you got and the total size.',
      'Append the bytes to what you already have, at the offset Content-Range gives.',
      'Send If-Range with the ETag so you never stitch together pieces of two different versions.',
    ],
    retry: {
      verdict: 'not-applicable',
      explanation: 'Nothing failed; request the next range if you need more.',
    },
    notes: ['A server may ignore Range and send 200 with the whole resource: clients must handle both.'],
    confusedWith: [
      { code: 200, explanation: '200 is the whole resource; 206 is a part of it.' },
      { code: 416, explanation: '416 means the requested range lies outside the resource.' },
    ],
    spec: rfcSection(9110, '15.3.7'),
  },
  {
    code: 207,
    name: 'Multi-Status',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary: 'A WebDAV response whose XML body gives a separate status for each of several resources.',
    description:
      'Used when one request touches many resources (PROPFIND, batch operations). The 207 itself says nothing about success: each response element inside carries its own status, and some of them may be errors.',
    whenYouSeeIt: [
      'WebDAV clients (CalDAV, CardDAV, file sync)',
      'Batch APIs that borrowed the code for per-item results',
    ],
    causes: ['A request affected several resources with possibly different outcomes'],
    handling: [
      'Parse the body and check the status of every item.',
      'Do not treat the 207 itself as success.',
    ],
    retry: {
      verdict: 'not-applicable',
      explanation: 'The envelope is not a failure; retry only failed items, according to their own codes.',
    },
    notes: ['Some non-WebDAV APIs send 207 with a JSON body; the per-item rule still applies.'],
    confusedWith: [
      { code: 200, explanation: '200 is one result; 207 bundles many, each with its own status.' },
      { code: 208, explanation: '208 appears inside a 207 body for members already listed.' },
      { code: 424, explanation: '424 appears inside a 207 body for actions skipped because another failed.' },
    ],
    spec: rfcSection(4918, '11.1'),
  },
  {
    code: 208,
    name: 'Already Reported',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary:
      'Inside a WebDAV 207 body: this member was already listed earlier in the response, so it is not repeated.',
    description:
      'With WebDAV bindings the same resource can be reachable through several paths. To avoid listing it again, or looping forever, the server marks later occurrences with 208. It appears inside Multi-Status bodies rather than as the status of a whole response.',
    whenYouSeeIt: ['PROPFIND with Depth: infinity on servers that support WebDAV bindings'],
    causes: ['A collection holds several bindings to the same resource'],
    handling: ['Use the earlier entry for that resource.'],
    retry: { verdict: 'not-applicable', explanation: 'Not a failure.' },
    notes: ['Only meaningful inside a 207 Multi-Status body.'],
    confusedWith: [
      { code: 207, explanation: '207 is the envelope; 208 marks one of its entries as a repeat.' },
      {
        code: 508,
        explanation:
          '508 is the error a server returns when it meets such a cycle and cannot report it with 208.',
      },
    ],
    spec: rfcSection(5842, '7.1'),
  },
  {
    code: 226,
    name: 'IM Used',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary:
      'Success: the body is the result of instance manipulations, such as a delta, applied to the current resource.',
    description:
      'From the delta-encoding extension: a client that holds an old version names the deltas it understands in A-IM, and the server sends only the differences, marked with 226 and an IM header. It was adopted by a few feed servers and little else.',
    whenYouSeeIt: ['Feed readers using RFC 3229 delta feeds'],
    causes: ['The request had an A-IM header and the server applied a delta or another manipulation'],
    handling: [
      'Apply the delta to your cached copy as the IM header describes.',
      'If your client never sent A-IM, treat the response as suspicious.',
    ],
    retry: { verdict: 'not-applicable', explanation: 'Not a failure.' },
    notes: ['Rarely deployed; most clients never meet it.'],
    confusedWith: [{ code: 304, explanation: '304 says nothing changed; 226 sends only what changed.' }],
    spec: rfcSection(3229, '10.4.1'),
  },
];
