import { rfcSection } from '../rfcSection';
import type { StatusRecord } from '../statusRecord';

/** The registered 4xx codes: the request itself is the problem (with a few timing exceptions). */
export const clientErrors: readonly StatusRecord[] = [
  {
    code: 400,
    name: 'Bad Request',
    registered: true,
    formerNames: [],
    frequency: 'very-common',
    summary:
      'The server cannot or will not process the request because something in it is malformed or invalid.',
    description:
      'The catch-all for problems with the request: broken JSON, missing required fields, wrong types, values out of range, bad headers. Well-built APIs say in the body which field is wrong and why, so read it before anything else. Sending the same request again fails the same way.',
    whenYouSeeIt: [
      'A body that is not valid JSON',
      'Required fields missing or misnamed',
      'Query parameters the API rejects',
      'Oversized or malformed headers (some proxies answer 400 rather than 431)',
    ],
    causes: [
      'A required field is missing',
      'Invalid JSON syntax: trailing comma, single quotes, unquoted key, missing bracket',
      'A value of the wrong type (a string where a number belongs)',
      'A value outside the accepted range',
      'Content-Type missing or not matching the body',
    ],
    handling: [
      'Log the full response body: it usually names the field.',
      'Check the request body with a JSON validator.',
      'Show field-specific errors to the user.',
      'Never retry without fixing the request first.',
    ],
    retry: { verdict: 'after-fix', explanation: 'The same request will get the same 400: change it first.' },
    notes: [
      'Some APIs use 400 for validation failures that others report as 422; both mean "fix your input".',
      "Proxies in front of the API (nginx, load balancers) also send 400s, for oversized headers or plain HTTP sent to an HTTPS port. An HTML page instead of the API's JSON gives them away.",
    ],
    confusedWith: [
      {
        code: 422,
        explanation:
          '422 means the request is well-formed (the JSON parses) but its values fail validation or business rules; 400 is for malformed requests. Many APIs use 400 for both.',
      },
      {
        code: 415,
        explanation: "415 is specifically about the body's format (Content-Type) being unsupported.",
      },
    ],
    spec: rfcSection(9110, '15.5.1'),
  },
  {
    code: 401,
    name: 'Unauthorized',
    registered: true,
    formerNames: [],
    frequency: 'very-common',
    summary: 'The request has no valid authentication: the server does not know who you are.',
    description:
      'Despite the name this is about authentication, not permission: credentials are missing, expired, malformed or revoked. The server must send a WWW-Authenticate header saying how to authenticate, often with a reason such as error="invalid_token" for Bearer tokens.',
    whenYouSeeIt: [
      'Calling an API without an Authorization header',
      'After an access token has expired',
      'With a revoked or regenerated API key',
      'After a redirect to another host dropped the Authorization header',
    ],
    causes: [
      'Missing Authorization header',
      'Expired access token',
      'Revoked or invalid API key',
      'Token sent in the wrong format (no "Bearer " prefix, wrong header name, stray quotes or whitespace)',
      'Token issued for another environment or audience',
    ],
    handling: [
      'Read WWW-Authenticate: it names the scheme and often the reason.',
      'Try refreshing the token automatically, once.',
      'If the refresh fails, send the user to sign in again.',
      'Check the header format: Authorization: Bearer <token>.',
    ],
    retry: {
      verdict: 'after-fix',
      explanation:
        'Retry only with new or corrected credentials (one token refresh); the same token keeps failing.',
    },
    notes: [
      '"Unauthorized" is a historical misnomer: it means unauthenticated.',
      'RFC 9110 requires a WWW-Authenticate header on every 401; without it the response is non-conforming and browsers will not prompt for credentials.',
      'Some APIs answer 403 or 404 where 401 would be correct, to avoid revealing that something exists.',
    ],
    confusedWith: [
      {
        code: 403,
        explanation:
          '403: the server knows who you are and still refuses. 401: it does not know who you are yet. Re-authenticate for 401; check permissions for 403.',
      },
      {
        code: 407,
        explanation: '407 is the same challenge coming from a proxy, answered with Proxy-Authorization.',
      },
    ],
    spec: rfcSection(9110, '15.5.2'),
  },
  {
    code: 402,
    name: 'Payment Required',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary:
      'Reserved for future use; in practice APIs send it for billing problems such as a declined card or exhausted credit.',
    description:
      'HTTP never defined what it means, so each service uses it in its own way: card declines in payment APIs (Stripe), credits used up on usage-based APIs, lapsed subscriptions. The body is the only reliable explanation.',
    whenYouSeeIt: [
      'Payment APIs when a charge fails',
      'Usage-based APIs when prepaid credit runs out',
      'Accounts with a lapsed subscription',
    ],
    causes: ['Billing problem on the account', 'Paid quota used up', 'Declined payment method'],
    handling: [
      'Read the body: the meaning depends on the API.',
      'Fix billing or upgrade the plan, or ask the user for another payment method.',
    ],
    retry: { verdict: 'after-fix', explanation: 'It will not succeed until the billing problem is solved.' },
    notes: ['RFC 9110 still lists it as reserved, so there is no standard body or header for it.'],
    confusedWith: [
      {
        code: 403,
        explanation:
          '403 is a general refusal, plan restrictions included; 402 points at payment specifically.',
      },
      {
        code: 429,
        explanation: 'An exhausted quota is reported as 429 by some APIs (wait) and as 402 by others (pay).',
      },
    ],
    spec: rfcSection(9110, '15.5.3'),
  },
  {
    code: 403,
    name: 'Forbidden',
    registered: true,
    formerNames: [],
    frequency: 'common',
    summary: 'The server understood the request and knows who you are, but refuses to carry it out.',
    description:
      'Authentication is not the problem, or will not help: the credentials lack the permission, role, scope or plan needed, or the request comes from a blocked network. RFC 9110 §15.5.4: the client should not repeat it automatically with the same credentials, but MAY repeat it with new or different ones.',
    whenYouSeeIt: [
      "Accessing another user's private resource",
      'A token without the required scope or role',
      'Features reserved for higher plans',
      'Requests blocked by an IP allowlist, WAF or geo rule',
    ],
    causes: [
      'Missing permission or role',
      'Token scopes that do not cover the operation',
      'Plan or tier restriction',
      'IP allowlist restriction, WAF or bot protection',
      'Missing CSRF token on a browser form post',
    ],
    handling: [
      'Show a permission error to the user.',
      'Do not repeat it unchanged with the same credentials.',
      "Check the user's role, token scopes and plan level.",
      'If an HTML page from a CDN or WAF came back instead of JSON, the request was blocked before it reached the API.',
    ],
    retry: {
      verdict: 'after-fix',
      explanation:
        'The same credentials get the same refusal: repeat it only with other credentials, or once the permission is granted (RFC 9110 §15.5.4).',
    },
    notes: [
      'A server may answer 404 instead, to hide that the resource exists.',
      'Some services use 403 for bad credentials where 401 would be correct (S3 signature errors, for instance); the error code in the body tells them apart.',
      'GitHub answers 403 (or 429) when a rate limit is exceeded: check the rate limit headers.',
    ],
    confusedWith: [
      {
        code: 401,
        explanation:
          '401: the server does not know who you are, so authenticate (again). 403: it knows and refuses, so check permissions.',
      },
      { code: 404, explanation: 'Servers may answer 404 instead of 403 to hide that something exists.' },
    ],
    spec: rfcSection(9110, '15.5.4'),
  },
  {
    code: 404,
    name: 'Not Found',
    registered: true,
    formerNames: [],
    frequency: 'very-common',
    summary: 'The server has nothing at this URL, or will not admit that it has.',
    description:
      'The ID may not exist, the resource may have been deleted, or the URL may simply be wrong. RFC 9110 also lets a server use 404 to hide a resource from a client that may not see it. A 404 says nothing about whether the absence is temporary or permanent.',
    whenYouSeeIt: [
      'Fetching a record by an ID that does not exist',
      'After the resource was deleted',
      'A typo or wrong version prefix in the path',
      'Calling the right path on the wrong base URL or environment',
    ],
    causes: [
      'ID does not exist in the database',
      'Resource was deleted',
      'Typo in the URL path (or a missing trailing slash, or the wrong API version)',
      'Stale reference to a deleted item',
      'No permission, disguised as 404',
    ],
    handling: [
      'Show a "not found" state in the UI.',
      'Remove stale references from local state.',
      'Compare the URL with the documentation: base URL, version, path parameters.',
      'Do not crash, and do not retry in a loop.',
    ],
    retry: {
      verdict: 'never',
      explanation:
        'The resource is not there and retrying in a loop will not change that. Right after creating something in an eventually consistent system, a single delayed re-check is the only reasonable exception.',
    },
    notes: [
      'Cacheable by default: a CDN may keep serving a 404 for a while after the resource appears.',
      'An HTML 404 from a proxy or framework means the route was not matched before reaching the application.',
    ],
    confusedWith: [
      {
        code: 410,
        explanation:
          '410 says the resource was removed on purpose and is likely to stay gone; 404 makes no such claim. Most APIs use 404 for both, because 410 needs a record of what was deleted.',
      },
      { code: 403, explanation: 'A 404 may be a disguised 403, hiding a resource you may not see.' },
      {
        code: 405,
        explanation:
          '405: the URL exists, just not for this method. Some frameworks answer 404 for an unknown method and path pair.',
      },
    ],
    spec: rfcSection(9110, '15.5.5'),
  },
  {
    code: 405,
    name: 'Method Not Allowed',
    registered: true,
    formerNames: [],
    frequency: 'occasional',
    summary: 'The resource exists, but does not support this HTTP method.',
    description:
      'The server knows the URL, but the method used (DELETE, POST, PUT, ...) is not supported there. It must list the methods it does accept in an Allow header.',
    whenYouSeeIt: [
      'Sending DELETE to a read-only endpoint',
      'Sending POST to a GET-only endpoint',
      'After a redirect that turned a POST into a GET',
      'Form posts to static hosting that only serves GET and HEAD',
      'CORS preflight (OPTIONS) requests to a server that does not handle OPTIONS',
    ],
    causes: [
      'Wrong method for the endpoint',
      'Wrong path: the collection URL instead of the item URL, or the reverse',
      'Method rewritten by a redirect or a proxy',
    ],
    handling: [
      'Check the Allow response header.',
      'Use the method the documentation gives for this endpoint.',
      'Look for redirects that changed your POST into a GET.',
    ],
    retry: {
      verdict: 'never',
      explanation: 'Same method, same refusal: switch to a method listed in Allow.',
    },
    notes: [
      'RFC 9110 requires an Allow header on a 405; one without it is non-conforming.',
      'Cacheable by default.',
    ],
    confusedWith: [
      {
        code: 404,
        explanation: '404: nothing at this URL at all; 405: the URL exists but not for this method.',
      },
      {
        code: 501,
        explanation: '501: the server supports the method nowhere; 405: this resource does not support it.',
      },
    ],
    spec: rfcSection(9110, '15.5.6'),
  },
  {
    code: 406,
    name: 'Not Acceptable',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary: 'The server has no representation that matches the Accept headers you sent.',
    description:
      'Content negotiation failed: you asked (through Accept, Accept-Language or Accept-Encoding) for something the server cannot produce. Many servers ignore Accept and send their default instead, so 406 mostly comes from strict frameworks.',
    whenYouSeeIt: [
      'Accept: application/xml sent to a JSON-only API',
      'A client library sending an overly narrow Accept header',
      'A versioned vendor media type the server does not know',
    ],
    causes: ['Accept lists only types the server cannot produce', 'A typo in a vendor media type'],
    handling: [
      'Send Accept: application/json, or */*.',
      'Check the supported media types and API versions in the documentation.',
    ],
    retry: { verdict: 'after-fix', explanation: 'Change the Accept headers first.' },
    notes: [
      'Accept says what you want back; Content-Type says what you are sending. A wrong Content-Type gives 415 instead.',
    ],
    confusedWith: [
      {
        code: 415,
        explanation:
          '415 is about the body you sent (Content-Type); 406 about the response you asked for (Accept).',
      },
      {
        code: 300,
        explanation: '300 offers several representations to choose from; 406 says none of them fits.',
      },
    ],
    spec: rfcSection(9110, '15.5.7'),
  },
  {
    code: 407,
    name: 'Proxy Authentication Required',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary: 'A proxy between you and the server wants you to authenticate with it first.',
    description:
      'Like 401, but sent by a forward proxy rather than the server you are calling. The proxy describes its scheme in Proxy-Authenticate, and the client answers with Proxy-Authorization. The API itself never saw the request.',
    whenYouSeeIt: [
      'Corporate networks with an authenticating proxy',
      'CI runners behind a proxy',
      'HTTPS_PROXY set without credentials, or with wrong ones',
    ],
    causes: [
      'Proxy credentials missing or wrong',
      'Proxy URL in HTTP_PROXY/HTTPS_PROXY without user and password',
      'A proxy scheme (NTLM, Negotiate) the client does not support',
    ],
    handling: [
      'Read Proxy-Authenticate for the scheme.',
      'Supply proxy credentials (curl --proxy-user, or user:password in the proxy URL).',
      'Check whether this host should bypass the proxy (NO_PROXY).',
    ],
    retry: { verdict: 'after-fix', explanation: 'Retry once the proxy credentials are in place.' },
    notes: ['RFC 9110 requires Proxy-Authenticate on a 407.'],
    confusedWith: [
      { code: 401, explanation: '401 comes from the server you called; 407 from a proxy on the way.' },
      { code: 305, explanation: '305 (deprecated) asked you to use a proxy; 407 asks you to log in to one.' },
      {
        code: 511,
        explanation: '511 comes from a captive portal on the network, not from a proxy you configured.',
      },
    ],
    spec: rfcSection(9110, '15.5.8'),
  },
  {
    code: 408,
    name: 'Request Timeout',
    registered: true,
    formerNames: [],
    frequency: 'occasional',
    summary: 'The server gave up waiting for the client to finish sending its request.',
    description:
      'The connection was open but the server did not receive the complete request in time: a slow upload, a stalled client, or an idle keep-alive connection the server is closing. The server usually closes the connection after sending it. RFC 9110 §15.5.9 lets the client repeat the request, on a new connection if need be, whatever its method.',
    whenYouSeeIt: [
      'Slow or stalled uploads',
      'Clients that open a connection and send nothing',
      'Idle keep-alive connections being closed (browsers retry these silently)',
    ],
    causes: [
      'Slow network, or a large body sent too slowly',
      'Content-Length larger than the body actually sent, so the server waits for bytes that never come',
      'Server or load balancer timeout set too low',
    ],
    handling: [
      'Retry, on a new connection.',
      "For large bodies, compare upload speed with the server's timeout.",
      'Check that Content-Length matches the body you really send.',
    ],
    retry: {
      verdict: 'with-backoff',
      explanation:
        'The server never received the whole request, so the client MAY repeat it (RFC 9110 §15.5.9), even a POST, on a new connection.',
    },
    notes: [
      'An exception to "never retry a 4xx": nothing was wrong with the content, only the timing.',
      'It is about the client being slow; a slow server or upstream gives 504 instead.',
    ],
    confusedWith: [
      {
        code: 504,
        explanation:
          '504 is a gateway waiting too long for the upstream server; 408 is the server waiting too long for you.',
      },
      {
        code: 499,
        explanation:
          'nginx logs 499 when the client gives up first; 408 is the server giving up on the client.',
      },
    ],
    spec: rfcSection(9110, '15.5.9'),
  },
  {
    code: 409,
    name: 'Conflict',
    registered: true,
    formerNames: [],
    frequency: 'common',
    summary: 'The request conflicts with the current state of the resource.',
    description:
      'The request is valid on its own but cannot be applied right now: a unique value already taken, an edit based on an outdated version, or a state change that is not allowed. The body should explain the conflict so the user can resolve it.',
    whenYouSeeIt: [
      'Creating a user with an email that is already registered',
      'Saving an edit after someone else saved first',
      'Concurrent writes to the same record',
      'Changing a resource whose state forbids it (cancelling a shipped order)',
    ],
    causes: [
      'Duplicate creation (email already in use)',
      'Optimistic locking conflict (version or ETag mismatch)',
      'Concurrent write conflict',
      'Invalid state transition',
    ],
    handling: [
      'For duplicates, show the error and let the user decide (sign in instead, choose another name).',
      'For locking conflicts, re-fetch the resource, apply the change to the fresh version, and retry.',
      "Never silently overwrite someone else's change.",
    ],
    retry: {
      verdict: 'after-fix',
      explanation:
        'Repeating the same request will not help. For optimistic locking, re-fetch the current state, re-apply your change, then send it again.',
    },
    notes: [
      'With conditional requests (If-Match) a version mismatch should be 412; many APIs use 409 for the same idea with a version field in the body.',
    ],
    confusedWith: [
      {
        code: 412,
        explanation:
          '412 is a failed If-Match or If-Unmodified-Since; 409 is a conflict the server detects on its own.',
      },
      {
        code: 422,
        explanation:
          '422 is invalid content whatever the state; 409 depends on the current state (the same request may succeed later).',
      },
      { code: 423, explanation: '423 is a WebDAV lock held by someone else.' },
    ],
    spec: rfcSection(9110, '15.5.10'),
  },
  {
    code: 410,
    name: 'Gone',
    registered: true,
    formerNames: [],
    frequency: 'occasional',
    summary: 'The resource is no longer available here, and the server says this is likely to be permanent.',
    description:
      'Unlike 404, 410 is a deliberate statement: the server owner removed the resource on purpose and wants links to it removed. RFC 9110 §15.5.11 says the condition is "likely to be permanent", not certain, and servers need not keep answering 410 for any length of time: a URL that answers 410 today may answer 404 later. It is mostly used for retired API versions, expired content and deliberately removed pages.',
    whenYouSeeIt: [
      'A permanently deleted resource',
      'Expired content that will not return',
      'A retired API version or endpoint',
    ],
    causes: [
      'The resource was deleted on purpose',
      'The API version was shut down, often after Deprecation or Sunset headers announced it',
    ],
    handling: [
      'Remove every stored reference to this URL.',
      'Show a "permanently removed" message.',
      'For a retired API version, migrate to the current one.',
    ],
    retry: {
      verdict: 'never',
      explanation: 'The removal is meant to last: repeating the request gets the same answer.',
    },
    notes: [
      'Cacheable by default.',
      'Most APIs return 404 instead, because remembering removed resources takes effort.',
      'RFC 9110 §15.5.11: "likely to be permanent", and servers need not keep the 410 mark for any length of time.',
    ],
    confusedWith: [
      {
        code: 404,
        explanation:
          '404 is ambiguous (never existed, deleted, or wrong URL); 410 says the resource was removed on purpose and is likely to stay gone.',
      },
    ],
    spec: rfcSection(9110, '15.5.11'),
  },
  {
    code: 411,
    name: 'Length Required',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary: 'The server refuses a request that has no Content-Length header.',
    description:
      'The request had a body, or used a method that normally has one, but did not declare its length; typically it was sent with chunked transfer coding to a server that will not accept that.',
    whenYouSeeIt: [
      'Streamed uploads with Transfer-Encoding: chunked',
      'An empty POST sent without Content-Length: 0 to a strict server',
    ],
    causes: ['Chunked request body', 'Empty POST without a Content-Length header'],
    handling: [
      'Send Content-Length, buffering the body first if necessary.',
      'For an empty POST, send Content-Length: 0.',
    ],
    retry: { verdict: 'after-fix', explanation: 'Add the Content-Length header, then send again.' },
    notes: [
      'Clients set Content-Length by themselves for ordinary bodies; chunked encoding appears when a body is streamed.',
    ],
    confusedWith: [
      { code: 413, explanation: '413: the body is too large; 411: its length was not declared.' },
    ],
    spec: rfcSection(9110, '15.5.12'),
  },
  {
    code: 412,
    name: 'Precondition Failed',
    registered: true,
    formerNames: [],
    frequency: 'occasional',
    summary:
      'A condition in the request headers (If-Match, If-Unmodified-Since, ...) turned out to be false.',
    description:
      'Conditional requests let a client say "only do this if the resource is still the version I saw". A 412 means it is not: someone changed it since you read it. It is the standard protection against lost updates.',
    whenYouSeeIt: [
      'PUT, PATCH or DELETE with If-Match after another client changed the resource',
      'Cloud storage APIs with ETag or generation preconditions',
    ],
    causes: [
      'The resource changed since you fetched its ETag',
      'A wrong or stale ETag (for example a weak ETag where a strong one is needed)',
      'If-None-Match: * on a create when the resource already exists',
    ],
    handling: [
      'Fetch the current version and its ETag.',
      'Re-apply your change and send it again with the new ETag.',
      'Ask the user when the two changes clash.',
    ],
    retry: {
      verdict: 'after-fix',
      explanation: 'Re-read the resource and send the change with fresh validators.',
    },
    notes: ['For GET and HEAD, a failed If-None-Match gives 304, not 412.'],
    confusedWith: [
      {
        code: 409,
        explanation: '409 is a conflict the server detects itself; 412 is a condition you sent that failed.',
      },
      {
        code: 428,
        explanation:
          '428: the server demands a condition you did not send; 412: the condition you sent failed.',
      },
      { code: 304, explanation: '304 is the "nothing changed" result for GET and HEAD conditions.' },
    ],
    spec: rfcSection(9110, '15.5.13'),
  },
  {
    code: 413,
    name: 'Content Too Large',
    registered: true,
    formerNames: ['Payload Too Large', 'Request Entity Too Large'],
    frequency: 'occasional',
    summary: 'The request body is bigger than the server, or a proxy in front of it, is willing to accept.',
    description:
      'Upload limits exist in several layers (the framework, the web server, the load balancer or API gateway) and any of them can answer 413; nginx, for one, allows 1 MB by default. The server may close the connection, and if the limit is temporary it may send Retry-After.',
    whenYouSeeIt: [
      'File or image uploads',
      'Large JSON bodies (bulk imports, files embedded as base64)',
      'Requests through nginx with default settings',
    ],
    causes: [
      'Body above a configured limit (nginx client_max_body_size, a body-parser limit, an API gateway cap)',
      'Files embedded as base64, which grows them by about a third',
      'A whole dataset sent in one request',
    ],
    handling: [
      'Make the body smaller: compress it, paginate, or split it into batches.',
      "Use the API's upload mechanism (multipart, presigned URLs, chunked uploads).",
      'If you run the server, raise the limit in every layer.',
    ],
    retry: {
      verdict: 'after-fix',
      explanation: 'The same body will be refused again; make it smaller first.',
    },
    notes: [
      'RFC 9110 named it "Content Too Large"; RFC 7231 called it "Payload Too Large" and RFC 2616 "Request Entity Too Large".',
      'An HTML 413 page signed by nginx means the request was stopped before it reached the application.',
    ],
    confusedWith: [
      { code: 414, explanation: '414 is the URL being too long; 413 the body.' },
      { code: 431, explanation: '431 is the headers being too large.' },
      { code: 411, explanation: '411 is a missing Content-Length, not an excessive one.' },
    ],
    spec: rfcSection(9110, '15.5.14'),
  },
  {
    code: 414,
    name: 'URI Too Long',
    registered: true,
    formerNames: ['Request-URI Too Long', 'Request-URI Too Large'],
    frequency: 'rare',
    summary: 'The request target (the URL) is longer than the server is willing to handle.',
    description:
      'Usually a GET whose query string has grown huge (hundreds of IDs in a filter, encoded state) or a redirect loop that keeps adding to the URL. Limits differ between servers and proxies.',
    whenYouSeeIt: [
      'GET requests with long filter lists in the query string',
      'Data in the URL that belongs in a body',
      'Redirect loops that append parameters on every hop',
    ],
    causes: [
      'Too much data in the query string',
      'A redirect loop growing the URL',
      'Parameters encoded twice',
    ],
    handling: [
      "Move large parameters into a POST body, or use the API's search endpoint.",
      'Split the request into smaller ones.',
      'If the URL grows on every hop, look for a redirect loop.',
    ],
    retry: { verdict: 'after-fix', explanation: 'Shorten the URL first.' },
    notes: [
      'RFC 9112 recommends that everyone support request lines of at least 8000 octets; many servers allow more, some proxies less.',
    ],
    confusedWith: [
      { code: 413, explanation: '413 is the body being too large; 414 the URL.' },
      { code: 431, explanation: '431 is the headers being too large.' },
    ],
    spec: rfcSection(9110, '15.5.15'),
  },
  {
    code: 415,
    name: 'Unsupported Media Type',
    registered: true,
    formerNames: [],
    frequency: 'occasional',
    summary:
      'The server will not accept the body in the format (Content-Type or Content-Encoding) it was sent in.',
    description:
      'Most often the Content-Type header is missing or wrong: JSON sent as text/plain or form data, or the reverse. It can also mean the server cannot decode the Content-Encoding, such as gzip. The server may list what it accepts in an Accept or Accept-Encoding response header.',
    whenYouSeeIt: [
      'POSTing JSON without Content-Type: application/json',
      'Sending form data to a JSON endpoint',
      'Compressed request bodies to a server that does not decompress them',
    ],
    causes: [
      'Missing Content-Type (fetch labels a string body text/plain)',
      'Content-Type that does not match the body',
      'Unsupported Content-Encoding',
    ],
    handling: [
      'Set Content-Type to what the API expects, usually application/json.',
      'Check the Accept or Accept-Encoding response header for what the server takes.',
      'Make sure the body really is in that format.',
    ],
    retry: { verdict: 'after-fix', explanation: 'Fix the Content-Type or encoding first.' },
    notes: [
      'fetch() with a plain string body sends text/plain;charset=UTF-8, a frequent cause of 415 (and of 400 from servers that then cannot read the body).',
    ],
    confusedWith: [
      {
        code: 406,
        explanation: '406 is about the response format you asked for (Accept); 415 about the body you sent.',
      },
      {
        code: 400,
        explanation: '400 is the general "bad request"; some servers send it for a wrong Content-Type too.',
      },
      {
        code: 422,
        explanation:
          '422: the server read the body and rejected its values; 415: it could not read the format at all.',
      },
    ],
    spec: rfcSection(9110, '15.5.16'),
  },
  {
    code: 416,
    name: 'Range Not Satisfiable',
    registered: true,
    formerNames: ['Requested Range Not Satisfiable'],
    frequency: 'rare',
    summary: 'None of the byte ranges asked for fits the resource as it is now.',
    description:
      'A Range request pointed beyond the end of the resource, often because the file changed or a resumed download was already complete. The server should send Content-Range: bytes */<size> so the client learns the actual length.',
    whenYouSeeIt: [
      'Resuming a download that had already finished',
      'Resuming after the file on the server shrank or changed',
      'Hand-written clients with bad Range syntax',
    ],
    causes: [
      'Start offset beyond the length of the resource',
      'The resource changed since the partial download began',
    ],
    handling: [
      'Read Content-Range (bytes */size) for the real length.',
      'If your local copy already has that size, the download is complete.',
      'Otherwise start again without Range, or with If-Range.',
    ],
    retry: { verdict: 'after-fix', explanation: 'Ask for a range that exists, or for the whole resource.' },
    notes: ['A server may ignore an unsatisfiable Range and return 200 with the whole resource instead.'],
    confusedWith: [
      { code: 206, explanation: '206 delivers the range you asked for; 416 says it does not exist.' },
    ],
    spec: rfcSection(9110, '15.5.17'),
  },
  {
    code: 417,
    name: 'Expectation Failed',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary: "The server cannot meet the requirement in the request's Expect header.",
    description:
      'In practice this is about Expect: 100-continue reaching a server or proxy that does not support it. The fix is to stop sending the header and send the body directly.',
    whenYouSeeIt: [
      'Large uploads from curl or .NET HttpClient, which send Expect: 100-continue',
      'Old proxies on the path',
    ],
    causes: [
      'Expect: 100-continue not supported by the server or a proxy',
      'An Expect value other than 100-continue',
    ],
    handling: [
      "Remove the Expect header (curl -H 'Expect:', or ExpectContinue = false in .NET).",
      'Send the request again without it.',
    ],
    retry: { verdict: 'after-fix', explanation: 'Retry without the Expect header.' },
    notes: [
      '100-continue is the only expectation HTTP defines. A server that receives another one MAY answer 417 (RFC 9110 §10.1.1): it is allowed, not required.',
    ],
    confusedWith: [
      { code: 100, explanation: '100 accepts the Expect header and invites the body; 417 refuses it.' },
    ],
    spec: rfcSection(9110, '15.5.18'),
  },
  {
    code: 418,
    name: '(Unused)',
    registered: true,
    formerNames: ["I'm a teapot"],
    frequency: 'rare',
    summary:
      'Reserved: the April Fools\' "I\'m a teapot" code, kept unassigned for now because real software uses it.',
    description:
      'RFC 2324, a 1998 joke protocol for controlling coffee pots, defined 418 "I\'m a teapot". Enough servers and frameworks implemented it that RFC 9110 §15.5.19 reserved the number as unused: it cannot be assigned to anything else for now, but it may be re-assigned if the 4xx codes ever run out. Some sites use it as an Easter egg or to turn away bots.',
    whenYouSeeIt: [
      'Easter eggs in frameworks and websites',
      'Anti-bot rules that answer crawlers with 418',
      'Test endpoints that return any status on request',
    ],
    causes: ['A deliberate joke, or a custom "go away" response'],
    handling: [
      'Read the body: when an API sends it, it means whatever that API says.',
      'If you are being turned away as a bot, check your User-Agent and request rate.',
    ],
    retry: {
      verdict: 'after-fix',
      explanation:
        'If it is a bot block, change how you call the service; repeating the same request will not help.',
    },
    notes: [
      'IANA lists it as "(Unused)"; the teapot name comes from RFC 2324 and RFC 7168, which were never part of HTTP.',
      'Reserved is not forever: RFC 9110 §15.5.19 allows assigning 418 to another use if future circumstances require it (for instance when 4xx codes run out).',
    ],
    confusedWith: [{ code: 403, explanation: 'A bot block answered with 418 is really a 403 in costume.' }],
    spec: rfcSection(9110, '15.5.19'),
  },
  {
    code: 421,
    name: 'Misdirected Request',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary: 'The request reached a server that is not set up to answer for this host name and scheme.',
    description:
      'It arrived with HTTP/2, where a browser may reuse one connection for several host names that share a certificate and IP address. If the server on that connection cannot serve the requested host, it answers 421 and the client should try again on a new connection.',
    whenYouSeeIt: [
      'HTTP/2 connection reuse across subdomains that share a wildcard certificate but not their server configuration',
      'TLS SNI and Host header naming different sites',
      'Misconfigured reverse proxies or CDNs',
    ],
    causes: [
      'Connection reuse towards a server that does not host the requested name',
      'SNI and Host mismatch',
      'A certificate covering names the server does not actually serve',
    ],
    handling: [
      'Retry on a new connection. Browsers do it for you; with another client, open a fresh connection (not one from the pool) and send the request there.',
      'If you run the server, keep the TLS setup consistent across hosts sharing a certificate, or split the certificates.',
      'Check that the client sends matching SNI and Host values.',
    ],
    retry: {
      verdict: 'with-backoff',
      explanation:
        'Yes, on a new connection: the request itself needs no change and was not processed, so RFC 9110 §15.5.20 allows the retry even for non-idempotent methods. A second 421 on a fresh connection means the server is misconfigured: stop and report it.',
    },
    notes: ['RFC 7540 introduced it for HTTP/2; RFC 9110 made it part of core HTTP.'],
    confusedWith: [
      {
        code: 404,
        explanation:
          'A server may answer 404 from a default virtual host it falls back to; 421 says plainly it is the wrong server for that name.',
      },
      {
        code: 425,
        explanation: '425 asks for a retry after the TLS handshake; 421 for a retry on another connection.',
      },
    ],
    spec: rfcSection(9110, '15.5.20'),
  },
  {
    code: 422,
    name: 'Unprocessable Content',
    registered: true,
    formerNames: ['Unprocessable Entity'],
    frequency: 'common',
    summary: 'The request is well-formed, but its content fails validation or business rules.',
    description:
      "The syntax is fine (the JSON parses and the Content-Type is right) yet the values do not make sense: an age under the minimum, an email in the wrong format, a date in the past where a future one is required. APIs that use 422 usually list field-level errors in the body; Rails, Laravel, FastAPI and GitHub's API all do.",
    whenYouSeeIt: [
      'Form or API submissions with invalid values',
      'Validation errors from Rails, Laravel or FastAPI',
      'Business rule violations (age limits, insufficient balance)',
    ],
    causes: [
      'A value fails a business rule (age under 18)',
      'Invalid email or phone format',
      'A date in the past where a future date is required',
      'Schema errors (wrong type, missing field) in frameworks that report them as 422',
    ],
    handling: [
      'Map the field errors in the body onto the form fields.',
      'Show inline validation messages to the user.',
      'Do not retry until the input has been corrected.',
    ],
    retry: {
      verdict: 'after-fix',
      explanation: 'The same values will be rejected again; correct them first.',
    },
    notes: [
      'RFC 9110 named it "Unprocessable Content" and moved it from WebDAV (RFC 4918) into core HTTP; "Unprocessable Entity", the name many articles and frameworks still use, is the old one.',
      'Not every API separates 400 from 422; some use 400 for everything.',
    ],
    confusedWith: [
      {
        code: 400,
        explanation:
          '400 is for malformed requests (broken JSON, wrong types); 422 for well-formed requests whose values fail validation. Many APIs use 400 for both.',
      },
      {
        code: 409,
        explanation: '409 depends on the current state of the resource; 422 is wrong whatever the state.',
      },
    ],
    spec: rfcSection(9110, '15.5.21'),
  },
  {
    code: 423,
    name: 'Locked',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary: 'The resource is locked (WebDAV), so the method cannot be applied now.',
    description:
      'In WebDAV a client can lock a file so that others cannot change it. Anyone writing without the lock token gets 423 until the lock is released or expires. Some non-WebDAV APIs reuse it for records being edited or accounts on hold.',
    whenYouSeeIt: [
      'Editing a file someone else has open through WebDAV (Office documents on SharePoint)',
      'APIs that lock records while processing them',
    ],
    causes: [
      'Another client holds a lock',
      'A stale lock left behind by a crashed client',
      'The lock owner did not send its lock token',
    ],
    handling: [
      'Wait until the lock is released or times out, then try again.',
      'If the lock is yours, send its token in the If header.',
      'Ask an administrator to clear a stale lock.',
    ],
    retry: {
      verdict: 'with-backoff',
      explanation:
        'Locks are released or expire; retry later with growing waits, unless the lock is yours and you forgot its token.',
    },
    notes: ['A lock lasts for the timeout given when it was taken, and can outlive the client that took it.'],
    confusedWith: [
      {
        code: 409,
        explanation: '409 is a general conflict with the current state; 423 is a lock held by someone.',
      },
      {
        code: 424,
        explanation: '424 reports an action skipped because another one failed, possibly on a lock.',
      },
    ],
    spec: rfcSection(4918, '11.3'),
  },
  {
    code: 424,
    name: 'Failed Dependency',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary: 'The action was not performed because another action it depended on failed.',
    description:
      'Used inside WebDAV multi-part requests such as PROPPATCH: when one part fails, the others are not applied and are reported with 424. Some batch APIs use it the same way.',
    whenYouSeeIt: [
      'Inside WebDAV 207 Multi-Status bodies',
      'Batch or transactional APIs where one failure aborts the rest',
    ],
    causes: ['Another operation in the same request failed'],
    handling: [
      'Find the item with the original error in the same response and fix that.',
      'Send the batch again once the real error is fixed.',
    ],
    retry: { verdict: 'after-fix', explanation: 'Fix the failure it depends on, then send the batch again.' },
    notes: ['The interesting error is the other one; 424 is only its consequence.'],
    confusedWith: [
      { code: 207, explanation: '207 is the envelope in which 424 entries usually appear.' },
      { code: 423, explanation: '423 (a lock) is a typical original failure behind a 424.' },
    ],
    spec: rfcSection(4918, '11.4'),
  },
  {
    code: 425,
    name: 'Too Early',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary:
      'The server will not process a request sent as TLS early data (0-RTT), because it could be replayed.',
    description:
      'With TLS 1.3 0-RTT, a client can send a request before the handshake is complete, and an attacker could replay those bytes. A server or CDN that finds the request risky answers 425, and the client should send it again once the handshake has finished.',
    whenYouSeeIt: ['Clients and CDNs using TLS 1.3 0-RTT', 'Non-idempotent requests sent as early data'],
    causes: [
      'The request arrived in early data and is not safe to replay',
      'A proxy marked it with Early-Data: 1',
    ],
    handling: [
      'Send the request again once the TLS handshake has completed, without early data. Browsers and most TLS stacks do it for you; a 425 that reaches your code means yours did not, so retry it yourself.',
      'Do not send non-idempotent requests in 0-RTT.',
    ],
    retry: {
      verdict: 'with-backoff',
      explanation:
        'Yes: the content was fine, only the moment was wrong, and the server did not process it. Send it again after the handshake, outside early data.',
    },
    notes: ['An exception to "never retry a 4xx".'],
    confusedWith: [
      {
        code: 421,
        explanation: '421 asks for a retry on another connection; 425 on the same one after the handshake.',
      },
    ],
    spec: rfcSection(8470, '5.2'),
  },
  {
    code: 426,
    name: 'Upgrade Required',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary:
      'The server refuses to serve this request over the current protocol and names the one to switch to in an Upgrade header.',
    description:
      'Sent when a server insists on another protocol: a WebSocket endpoint hit by a plain HTTP request, or a server that requires TLS or a newer HTTP version. The response must list the acceptable protocols in its Upgrade header.',
    whenYouSeeIt: [
      'Calling a WebSocket endpoint with an ordinary HTTP client',
      'Servers that require a newer protocol version',
    ],
    causes: [
      'Upgrade and Connection headers missing from the request',
      'A proxy stripped the upgrade headers',
      'The client uses an old protocol version',
    ],
    handling: [
      'Read the Upgrade header for the required protocol.',
      'Use a WebSocket client, or whatever protocol is named.',
      'Configure proxies to pass Upgrade and Connection through.',
    ],
    retry: { verdict: 'after-fix', explanation: 'Switch to the protocol named in Upgrade first.' },
    notes: ['RFC 9110 requires an Upgrade header in a 426.'],
    confusedWith: [
      {
        code: 101,
        explanation:
          '101 is the server agreeing to an upgrade the client asked for; 426 is the server demanding one.',
      },
      { code: 505, explanation: '505 refuses the HTTP version you used without offering an upgrade path.' },
    ],
    spec: rfcSection(9110, '15.5.22'),
  },
  {
    code: 428,
    name: 'Precondition Required',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary: 'The server requires this request to be conditional (If-Match or similar), and it was not.',
    description:
      'A guard against lost updates: the server wants proof that you are changing the latest version, in the form of its ETag in If-Match. Without it, the change is refused.',
    whenYouSeeIt: ['PUT, PATCH or DELETE without If-Match on APIs that enforce optimistic concurrency'],
    causes: ['The request had no If-Match or If-Unmodified-Since header'],
    handling: ['GET the resource and note its ETag.', 'Send the change with If-Match: <etag>.'],
    retry: { verdict: 'after-fix', explanation: 'Add the precondition header, then send again.' },
    notes: ['Defined in RFC 6585, not RFC 9110.'],
    confusedWith: [{ code: 412, explanation: '412: the condition you sent failed; 428: you sent none.' }],
    spec: rfcSection(6585, '3'),
  },
  {
    code: 429,
    name: 'Too Many Requests',
    registered: true,
    formerNames: [],
    frequency: 'common',
    summary: 'You have sent too many requests in a given time window: you are being rate limited.',
    description:
      'The server, or a gateway in front of it, counts requests per key, user or IP address, and you have hit the rate limit. It may say how long to wait in Retry-After, and many APIs add rate limit headers (X-RateLimit-Limit, -Remaining and -Reset, or the IETF RateLimit fields). The request was not processed.',
    whenYouSeeIt: [
      'Bursts of concurrent requests',
      'Loops or batch jobs without throttling',
      'One API key shared by many clients',
      'Quotas per minute, hour or day',
    ],
    causes: [
      'Too many requests within the rate limit window',
      'A burst of concurrent requests',
      'A loop that ignores the rate limit',
      'Several processes sharing one key or IP address',
    ],
    handling: [
      'Read Retry-After first and wait at least that long.',
      'Otherwise back off exponentially (1 s, 2 s, 4 s, 8 s) and add random jitter of 100 to 500 ms so clients do not retry in lockstep.',
      'Stop after a configurable number of attempts (five is typical) and report the error to the user.',
      'Never retry a 429 immediately.',
      'Throttle proactively using the rate limit headers: when Remaining reaches 0, pause until Reset.',
    ],
    retry: {
      verdict: 'with-backoff',
      explanation:
        'Wait for Retry-After (or the reset time) as a minimum, then retry with exponential backoff and jitter, giving up after about five attempts.',
    },
    notes: [
      'An exception to "never retry a 4xx": the request was fine, its timing was not.',
      'X-RateLimit-Reset is a Unix timestamp in some APIs and a number of seconds in others.',
      'Retry-After can be a number of seconds or an HTTP date.',
    ],
    confusedWith: [
      {
        code: 503,
        explanation:
          '503 is the server overloaded or in maintenance for everyone; 429 is a limit on you in particular. Both may carry Retry-After.',
      },
      {
        code: 403,
        explanation:
          'Some APIs (GitHub among them) answer 403 when a rate limit is exceeded; the rate limit headers tell the two apart.',
      },
      { code: 402, explanation: 'A used-up paid quota may come back as 402 rather than 429.' },
    ],
    spec: rfcSection(6585, '4'),
  },
  {
    code: 431,
    name: 'Request Header Fields Too Large',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary: 'The request headers, in total or one of them, are larger than the server accepts.',
    description:
      'Usually caused by cookies piling up for a domain, or by a huge token such as a JWT stuffed with claims. The server may say in the body which header is too big.',
    whenYouSeeIt: [
      'Sites with many or oversized cookies (localhost, shared by every project you run there, is a classic)',
      'Large JWTs in the Authorization header',
      'Node.js servers, whose default header size limit is fairly small',
    ],
    causes: [
      'Cookies accumulated for the domain',
      'An oversized bearer token',
      'Headers duplicated by a proxy or a client bug',
    ],
    handling: [
      'Clear the cookies for the site.',
      'Shrink the token or move data out of headers.',
      "If you run the server, raise its header limit (Node's --max-http-header-size, nginx large_client_header_buffers).",
    ],
    retry: { verdict: 'after-fix', explanation: 'Make the headers smaller first.' },
    notes: [
      'nginx reports the same situation as 400 "Request Header Or Cookie Too Large" (494 in its logs), not as 431.',
    ],
    confusedWith: [
      { code: 413, explanation: '413 is the body being too large; 431 the headers.' },
      { code: 414, explanation: '414 is the URL being too long; 431 the headers.' },
      { code: 494, explanation: "494 is nginx's internal code for the same situation." },
    ],
    spec: rfcSection(6585, '5'),
  },
  {
    code: 451,
    name: 'Unavailable For Legal Reasons',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary:
      'The server cannot provide the resource because of a legal demand, such as a court order or government censorship.',
    description:
      'The number is a nod to Fahrenheit 451. The body should explain the legal reason, and a Link header with rel="blocked-by" may name who is enforcing the block.',
    whenYouSeeIt: [
      'Content blocked in particular countries',
      'Takedowns following legal requests',
      'Services unavailable in sanctioned regions',
    ],
    causes: ['Court order or government censorship', 'Geographic restrictions for legal compliance'],
    handling: ['Read the body for the reason.', 'Do not retry: the legal situation has to change first.'],
    retry: {
      verdict: 'never',
      explanation: 'Nothing about the request or its timing will lift a legal block.',
    },
    notes: ['Defined in RFC 7725.'],
    confusedWith: [{ code: 403, explanation: '403 is a refusal for any reason; 451 names a legal one.' }],
    spec: rfcSection(7725, '3'),
  },
];
