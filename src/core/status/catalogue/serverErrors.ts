import { rfcSection } from '../rfcSection';
import type { StatusRecord } from '../statusRecord';

/** The registered 5xx codes: the server, or a gateway on the way, failed. */
export const serverErrors: readonly StatusRecord[] = [
  {
    code: 500,
    name: 'Internal Server Error',
    registered: true,
    formerNames: [],
    frequency: 'common',
    summary: 'The server ran into an unexpected condition and could not complete the request.',
    description:
      'The generic server-side failure: an unhandled exception, a failed database call, a bad deployment. It usually points to a bug on the server, but the client is not always blameless (input the server failed to validate can trigger it), and for a non-idempotent request part of the work may already have been done.',
    whenYouSeeIt: [
      'Unhandled exceptions in the API code',
      'Right after a deployment',
      'Unusual input that reaches an unvalidated code path',
    ],
    causes: [
      'Unhandled exception in server code',
      'Database connection failure',
      'Unexpected null reference on the server',
      'Misconfiguration in a recent deployment',
      'Input the server did not validate (an unexpected type, a huge value, unusual characters)',
    ],
    handling: [
      'Log the full exchange: method, URL, headers without secrets, request body and response body.',
      'Retry safe or idempotent requests (GET, PUT, DELETE) with exponential backoff.',
      'For POST or PATCH, check whether the action took effect before repeating it, or use an idempotency key.',
      "Check the API's status page and alert if the errors persist.",
      'Try a different input: if only some inputs fail, your request is part of the cause.',
    ],
    retry: {
      verdict: 'after-verify',
      explanation:
        'Idempotent requests can be retried with backoff; a non-idempotent request may already have partly taken effect, so check before repeating it.',
    },
    notes: [
      '"Not your fault, just retry" is too strong: a 500 can be triggered by the request itself, and then every retry fails the same way.',
      'Unlike 503, a 500 does not tell you the operation was left untouched: a POST that got a 500 may have written data before the failure.',
      'Never swallow 5xx errors silently: log them with their context and alert on sustained error rates.',
    ],
    confusedWith: [
      {
        code: 502,
        explanation:
          '502 comes from a proxy or gateway whose upstream failed; 500 comes from the application itself. An HTML error page signed by nginx or a CDN points to 502-style failures.',
      },
      {
        code: 503,
        explanation:
          '503 is a temporary refusal, usually before doing any work; 500 an unexpected failure, possibly midway.',
      },
    ],
    spec: rfcSection(9110, '15.6.1'),
  },
  {
    code: 501,
    name: 'Not Implemented',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary: 'The server does not support what the request needs, usually the HTTP method itself.',
    description:
      'The server does not recognise the method at all (a typo, or an extension method such as PROPFIND sent to an ordinary web server). Some APIs also use it for features that are planned but not built yet.',
    whenYouSeeIt: [
      'Unusual or misspelled HTTP methods',
      'WebDAV or custom methods sent to servers without support for them',
      'Endpoints that are stubbed out',
    ],
    causes: ['A method the server does not know', 'A feature that is not implemented'],
    handling: [
      'Check the method name and its spelling.',
      'Use a method the server supports.',
      'Do not retry: nothing changes until the server is updated.',
    ],
    retry: { verdict: 'never', explanation: 'Not transient: the server lacks the capability.' },
    notes: [
      'An exception to "retry 5xx with backoff": it will not go away by itself.',
      'Cacheable by default.',
    ],
    confusedWith: [
      {
        code: 405,
        explanation: '405: this resource does not allow the method; 501: the server supports it nowhere.',
      },
    ],
    spec: rfcSection(9110, '15.6.2'),
  },
  {
    code: 502,
    name: 'Bad Gateway',
    registered: true,
    formerNames: [],
    frequency: 'occasional',
    summary: 'A proxy or gateway got an invalid response, or none, from the server behind it.',
    description:
      'The answer comes from an intermediary (nginx, a load balancer, a CDN, an API gateway), not from the application. The upstream crashed, refused the connection, closed it early or sent something that is not valid HTTP. It is often transient, for instance during a deployment.',
    whenYouSeeIt: [
      'During deployments or restarts',
      'When the backend process has crashed',
      'Misconfigured upstream addresses, ports or protocols',
      "An HTML error page from a CDN, nginx or a load balancer instead of the API's JSON",
    ],
    causes: [
      'Backend service is down',
      'Upstream service returning errors or malformed responses',
      'Load balancer misconfiguration',
      'Upstream closing idle connections sooner than the proxy expects (keep-alive timeout mismatch)',
    ],
    handling: [
      'Retry with backoff: it is usually transient.',
      "Check the API's status page.",
      "If you run the stack, read the proxy's error log: it names the upstream failure.",
      'Note which layer answered (Server and Via headers, the style of the error page).',
    ],
    retry: {
      verdict: 'with-backoff',
      explanation:
        'Usually transient, so retry with backoff. The upstream may have received a write before failing, so protect non-idempotent requests with idempotency keys.',
    },
    notes: [
      'The request is usually not processed, but that is not guaranteed: the upstream may have done the work and then failed to answer properly.',
    ],
    confusedWith: [
      {
        code: 504,
        explanation:
          '504: the upstream did not answer in time. 502: it answered badly, or dropped the connection.',
      },
      { code: 500, explanation: '500 is raised by the application itself; 502 by a proxy in front of it.' },
      {
        code: 520,
        explanation: "Cloudflare's 520 to 527 are more specific versions of a bad origin response.",
      },
    ],
    spec: rfcSection(9110, '15.6.3'),
  },
  {
    code: 503,
    name: 'Service Unavailable',
    registered: true,
    formerNames: [],
    frequency: 'occasional',
    summary:
      'The server cannot handle the request right now, because of overload or maintenance; it should be temporary.',
    description:
      'The server is up enough to answer but will not do the work: it is overloaded, in maintenance, starting up, or a circuit breaker is open. It may say how long to wait in Retry-After. Most servers refuse before doing anything, but RFC 9110 does not promise that the request was not processed: a gateway or an overloaded server may answer 503 after part of the work, so check before repeating a POST.',
    whenYouSeeIt: [
      'Planned maintenance windows',
      'Traffic spikes',
      'Deployments in progress',
      'No healthy targets behind a load balancer',
    ],
    causes: [
      'Planned maintenance window',
      'Traffic spike overloading the server',
      'Deployment in progress',
      'A load balancer with no healthy backends',
      'A dependency is down and a circuit breaker is open',
    ],
    handling: [
      'Check the Retry-After header and wait at least that long.',
      'Queue requests for a later retry rather than dropping them.',
      'Retry with exponential backoff and jitter.',
      'Show a maintenance or "try again shortly" message to users.',
    ],
    retry: {
      verdict: 'with-backoff',
      explanation: 'Temporary by definition: honour Retry-After, then back off exponentially.',
    },
    notes: [
      'A 503 usually comes before any work was done, but RFC 9110 gives no guarantee: repeat GET, PUT and DELETE freely, and check whether a POST or PATCH took effect first (or send it with an Idempotency-Key).',
      'Retry-After can be a number of seconds or an HTTP date.',
    ],
    confusedWith: [
      {
        code: 429,
        explanation: '429 is a limit on you in particular; 503 is the service being unavailable to everyone.',
      },
      {
        code: 500,
        explanation:
          '500 is an unexpected failure, perhaps halfway through the work; 503 a refusal, usually (not certainly) before starting.',
      },
    ],
    spec: rfcSection(9110, '15.6.4'),
  },
  {
    code: 504,
    name: 'Gateway Timeout',
    registered: true,
    formerNames: [],
    frequency: 'occasional',
    summary: 'A proxy or gateway gave up waiting for the server behind it to respond.',
    description:
      'The intermediary forwarded the request and the upstream did not answer before its timeout. Crucially, the upstream may still have processed the request, or may still be processing it: the outcome is unknown, so treat a write as possibly done.',
    whenYouSeeIt: [
      'Slow endpoints (reports, exports) behind a proxy',
      'Long database queries',
      'Network trouble between the gateway and the backend',
    ],
    causes: [
      'Upstream service too slow to respond',
      'Long-running database query',
      'Network issues between servers',
      'A proxy timeout shorter than the work takes',
    ],
    handling: [
      'Check whether the operation actually completed (GET the resource, or look it up by idempotency key).',
      'Retry with caution: repeating a POST can create duplicates.',
      'Use idempotency keys so retries are safe.',
      'For slow operations, switch to an asynchronous pattern (202 and polling).',
    ],
    retry: {
      verdict: 'after-verify',
      explanation:
        'The upstream may have finished the work: verify before repeating, or retry only idempotent requests and requests carrying an idempotency key.',
    },
    notes: [
      'A 504 may well have been processed upstream; the same can be true of a 500 and, less often, of a 502.',
    ],
    confusedWith: [
      {
        code: 502,
        explanation:
          '502: the upstream answered badly or dropped the connection. 504: it did not answer in time.',
      },
      {
        code: 408,
        explanation:
          '408 is the server waiting too long for the client; 504 a gateway waiting too long for the upstream.',
      },
      { code: 524, explanation: "Cloudflare's 524 is the same situation between Cloudflare and the origin." },
    ],
    spec: rfcSection(9110, '15.6.5'),
  },
  {
    code: 505,
    name: 'HTTP Version Not Supported',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary: 'The server refuses the major HTTP version used in the request.',
    description:
      'Rare today. It shows up with hand-written requests carrying a malformed or unknown version in the request line, or with very old servers.',
    whenYouSeeIt: [
      'Requests typed by hand (netcat, telnet) with a typo in the version',
      'Clients forcing a version the server does not speak',
    ],
    causes: ['A malformed or unsupported version in the request line'],
    handling: ['Send HTTP/1.1, or let the client negotiate HTTP/2 through TLS.', 'Do not retry unchanged.'],
    retry: { verdict: 'never', explanation: 'The same version will be refused every time.' },
    notes: ['Another exception to "retry 5xx with backoff".'],
    confusedWith: [
      {
        code: 426,
        explanation: '426 names a protocol to upgrade to; 505 only refuses the version you used.',
      },
    ],
    spec: rfcSection(9110, '15.6.6'),
  },
  {
    code: 506,
    name: 'Variant Also Negotiates',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary:
      'A server misconfiguration in transparent content negotiation: the chosen variant is itself set up to negotiate.',
    description:
      'Part of the experimental Transparent Content Negotiation scheme (RFC 2295). It is mostly seen on Apache servers whose MultiViews or type maps point a variant back at negotiation, which would loop.',
    whenYouSeeIt: ['Apache servers with MultiViews or type maps'],
    causes: ['A variant resource configured to negotiate again'],
    handling: [
      'Nothing the client can change.',
      'Server administrators: fix the type map or MultiViews setup.',
    ],
    retry: { verdict: 'never', explanation: 'A configuration error does not go away by retrying.' },
    notes: ['RFC 2295 is experimental; the code is registered but almost never seen.'],
    confusedWith: [
      { code: 508, explanation: '508 is a loop in WebDAV bindings; 506 a loop in content negotiation.' },
    ],
    spec: rfcSection(2295, '8.1'),
  },
  {
    code: 507,
    name: 'Insufficient Storage',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary: 'The server cannot store what it needs to complete the request.',
    description:
      "WebDAV defined it for uploads that run out of space. File-sync servers also send it when a user's quota is full, and any server may when its disk is. It lasts until space is freed or the quota is raised.",
    whenYouSeeIt: ['WebDAV or file-sync uploads with a full quota', 'Servers with a full disk'],
    causes: ['User quota exceeded', 'Server disk full'],
    handling: ['Free space or raise the quota.', 'Try again once space is available.'],
    retry: {
      verdict: 'after-fix',
      explanation: 'It will not succeed until space is freed or the quota raised.',
    },
    notes: ['Nextcloud and ownCloud answer 507 when a user exceeds their quota.'],
    confusedWith: [
      {
        code: 413,
        explanation: '413 is one request being too large; 507 is the storage behind it being full.',
      },
    ],
    spec: rfcSection(4918, '11.5'),
  },
  {
    code: 508,
    name: 'Loop Detected',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary: 'The server stopped a WebDAV operation because it ran into an infinite loop.',
    description:
      'With WebDAV bindings, a Depth: infinity request can cycle forever; 508 says the whole operation failed for that reason. Some shared-hosting platforms also send 508 for "resource limit reached", an unrelated meaning.',
    whenYouSeeIt: [
      'WebDAV PROPFIND with Depth: infinity across bindings',
      'Shared hosting (CloudLinux) when an account hits its resource limits',
    ],
    causes: [
      'Cyclic bindings in a WebDAV collection',
      'On shared hosting, CPU, memory or process limits for the account',
    ],
    handling: ['Use a finite Depth.', 'On shared hosting, reduce the load or move to a bigger plan.'],
    retry: {
      verdict: 'after-fix',
      explanation: 'Change the request (a finite Depth) or, on shared hosting, reduce the load first.',
    },
    notes: [
      'CloudLinux hosting reuses 508 as "Resource Limit Is Reached", which has nothing to do with WebDAV.',
    ],
    confusedWith: [
      {
        code: 208,
        explanation: '208 is how a server reports a repeated member without failing; 508 is the failure.',
      },
      { code: 506, explanation: '506 is a loop in content negotiation; 508 one in WebDAV bindings.' },
    ],
    spec: rfcSection(5842, '7.2'),
  },
  {
    code: 510,
    name: 'Not Extended (OBSOLETED)',
    registered: true,
    formerNames: ['Not Extended'],
    frequency: 'rare',
    summary: 'Obsolete: the server wanted an HTTP Extension Framework declaration that the request lacked.',
    description:
      'The extension framework of RFC 2774 was never widely adopted and the IETF has since moved it to Historic status, so IANA marks 510 as obsoleted. A server sending it today is very unusual.',
    whenYouSeeIt: ['Almost never'],
    causes: ['Legacy server software built around RFC 2774'],
    handling: [
      'Read the body for the extension the server expected.',
      'Treat it as an error that retrying will not fix.',
    ],
    retry: { verdict: 'after-fix', explanation: 'Only a changed request could succeed.' },
    notes: ['IANA lists it as "Not Extended (OBSOLETED)" because RFC 2774 is now Historic.'],
    confusedWith: [
      {
        code: 501,
        explanation: '501: the server lacks a capability; 510: the request lacked an extension declaration.',
      },
    ],
    spec: rfcSection(2774, '7'),
  },
  {
    code: 511,
    name: 'Network Authentication Required',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary: 'You need to sign in to the network (a captive portal) before you can reach anything.',
    description:
      'Sent by captive portals on hotel, airport or café networks that intercept traffic until you log in or accept terms. It comes from the network, not from the site you tried to reach; the body usually links to the login page.',
    whenYouSeeIt: ['Public Wi-Fi with a login page', 'Guest networks in offices'],
    causes: ['A captive portal intercepting traffic before login'],
    handling: ['Open a browser and complete the portal login.', 'Then send the request again.'],
    retry: { verdict: 'after-fix', explanation: 'Log in to the network first.' },
    notes: [
      'Nothing in a 511 comes from the API: the network operator produced it.',
      'RFC 6585 defined it so portals stop faking 200 or 302 answers that confuse clients.',
    ],
    confusedWith: [
      {
        code: 407,
        explanation: '407 is a proxy you configured asking for credentials; 511 a portal you did not choose.',
      },
      { code: 401, explanation: '401 is the API asking who you are; 511 the network.' },
    ],
    spec: rfcSection(6585, '6'),
  },
];
