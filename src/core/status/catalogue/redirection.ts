import { rfcSection } from '../rfcSection';
import type { StatusRecord } from '../statusRecord';

/** The 3xx codes: the client has to look elsewhere, or reuse what it has. */
export const redirection: readonly StatusRecord[] = [
  {
    code: 300,
    name: 'Multiple Choices',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary: 'The resource has several representations and the client, or the user, should pick one.',
    description:
      'The server lists the options, usually in the body, and may name its preferred one in Location. There is no standard format for the list, so automatic selection hardly ever happens and the code is rarely used.',
    whenYouSeeIt: [
      'Content negotiation offering several formats or languages',
      'File servers listing alternatives',
    ],
    causes: ['Agent-driven content negotiation'],
    handling: [
      "Follow Location if it is present: it is the server's preferred choice.",
      'Otherwise read the list in the body and pick one.',
    ],
    retry: { verdict: 'not-applicable', explanation: 'Not a failure: choose one of the offered targets.' },
    notes: ['Cacheable by default.', 'RFC 9110 tells clients to treat any unknown 3xx code like 300.'],
    confusedWith: [
      {
        code: 406,
        explanation:
          '406 says none of the representations suits your Accept headers; 300 offers several to choose from.',
      },
    ],
    spec: rfcSection(9110, '15.4.1'),
  },
  {
    code: 301,
    name: 'Moved Permanently',
    registered: true,
    formerNames: [],
    frequency: 'very-common',
    summary: 'The resource has a new permanent URL, given in the Location header.',
    description:
      "Clients should use the new URL from now on and update stored links, and search engines move the old URL's ranking to the new one. Most clients follow it automatically. For historical reasons a client may turn a POST into a GET when following a 301, so an API that needs the method kept should use 308.",
    whenYouSeeIt: [
      'Permanent URL restructuring',
      'HTTP to HTTPS migration',
      'Domain changes',
      'Adding or removing a trailing slash',
    ],
    causes: [
      'The resource moved for good',
      'Canonical host, HTTPS or trailing-slash rules in the web server or CDN',
    ],
    handling: [
      'Follow the Location header.',
      'Update every stored reference, configuration entry and bookmark to the new URL.',
      'If a POST arrived as a GET after the redirect, call the new URL directly or have the server send 308.',
    ],
    retry: {
      verdict: 'not-applicable',
      explanation: 'Not a failure: follow Location and use it from now on.',
    },
    notes: [
      'Cacheable by default: browsers may remember a 301 for a long time, so a mistaken one is hard to undo. Test with a temporary redirect first.',
      'RFC 9110 lets user agents change POST to GET when following a 301; that is why 308 exists.',
      'Many clients (curl, fetch, Python requests) drop the Authorization header when a redirect leads to another host, which can turn a redirect into a sudden 401.',
    ],
    confusedWith: [
      {
        code: 308,
        explanation:
          '308 is also permanent but keeps the method and body; 301 lets clients switch a POST to GET.',
      },
      { code: 302, explanation: '302 is temporary: keep using the original URL.' },
    ],
    spec: rfcSection(9110, '15.4.2'),
  },
  {
    code: 302,
    name: 'Found',
    registered: true,
    formerNames: ['Moved Temporarily'],
    frequency: 'common',
    summary: 'The resource is temporarily at the URL in Location; keep using the original URL next time.',
    description:
      'Clients follow the redirect for this request only. Browsers have long turned a POST into a GET when following a 302, even though the original specification said not to, and RFC 9110 now allows it. Use 307 when the method must be kept and 303 when the client should switch to GET.',
    whenYouSeeIt: [
      'Login redirects (to a sign-in page or an OAuth provider)',
      'Temporary maintenance pages',
      'Post/redirect/get flows in older web applications',
    ],
    causes: [
      'The server temporarily serves the resource elsewhere',
      'Authentication middleware sending unauthenticated users to a login page',
    ],
    handling: [
      'Follow the redirect for this request.',
      'Keep using the original URL for future requests.',
      'If an API redirects you to an HTML login page, your credentials are missing: fix the authentication instead of following it.',
    ],
    retry: {
      verdict: 'not-applicable',
      explanation: 'Not a failure: follow Location for this request only.',
    },
    notes: [
      'Popular write-ups say browsers "may change POST to GET" on a 302. RFC 9110 agrees, but notes this historical behaviour is allowed for 301 as well, and that 303 is the code that explicitly means "now GET this other URL".',
      'Not cacheable unless Cache-Control or Expires says so.',
      'HTTP/1.0 called it "Moved Temporarily".',
    ],
    confusedWith: [
      {
        code: 303,
        explanation:
          '303 requires the follow-up request to be a GET; with 302 a client may keep the method, though most switch POST to GET.',
      },
      {
        code: 307,
        explanation: '307 forbids changing the method or body; 302 tolerates switching POST to GET.',
      },
      { code: 301, explanation: '301 is permanent: update your stored URL.' },
    ],
    spec: rfcSection(9110, '15.4.3'),
  },
  {
    code: 303,
    name: 'See Other',
    registered: true,
    formerNames: [],
    frequency: 'occasional',
    summary: 'The answer is elsewhere: fetch the URL in Location with a GET.',
    description:
      'Typically sent after a POST, PUT or DELETE to send the client to a page or resource describing the outcome, so that refreshing the page does not resubmit the form. The client switches to GET (or HEAD) whatever the original method was. The target is a related resource, not a replacement for the original one.',
    whenYouSeeIt: [
      'After a form POST (post/redirect/get)',
      'Asynchronous APIs pointing from a submitted job to its status resource',
      'Endpoints that redirect to a download URL',
    ],
    causes: ['The server deliberately points the client at a result or status resource'],
    handling: ['GET the URL in Location.', 'Do not resend the original body.'],
    retry: { verdict: 'not-applicable', explanation: 'Not a failure: GET the Location instead.' },
    notes: ['A 303 in answer to a GET is allowed too: it says the answer lives at the other URL.'],
    confusedWith: [
      {
        code: 302,
        explanation:
          '302 leaves the method up to the client (most switch POST to GET by habit); 303 requires GET.',
      },
      { code: 307, explanation: '307 requires the same method and body; 303 requires GET.' },
    ],
    spec: rfcSection(9110, '15.4.4'),
  },
  {
    code: 304,
    name: 'Not Modified',
    registered: true,
    formerNames: [],
    frequency: 'common',
    summary: 'Your cached copy is still current: use it. No body is sent.',
    description:
      'The answer to a conditional GET or HEAD (If-None-Match with an ETag, or If-Modified-Since). The server confirms nothing has changed and the client reuses the response it stored, which saves bandwidth. A 304 carries headers such as ETag, Cache-Control and Date, but never a body.',
    whenYouSeeIt: [
      'Conditional GET with If-None-Match',
      'ETag or Last-Modified caching in use',
      'Browsers revalidating cached assets',
    ],
    causes: ['The resource has not changed since the version your validators identify'],
    handling: [
      'Use the cached response you already have.',
      'Refresh its stored headers (Cache-Control, Expires, ETag) from the 304.',
      'No body parsing needed: there is none.',
    ],
    retry: { verdict: 'not-applicable', explanation: 'Not a failure: the cache is valid.' },
    notes: [
      'A 304 is not a redirect despite its 3xx number: it has no Location.',
      'If your code sees a 304 but has no cached copy, something (your code, a library or a proxy) sent validators; drop If-None-Match and If-Modified-Since.',
    ],
    confusedWith: [
      { code: 200, explanation: '200 sends the resource; 304 tells you to reuse the copy you have.' },
      {
        code: 412,
        explanation:
          '412 is a failed condition on writes (If-Match); 304 is the "nothing changed" outcome for GET and HEAD.',
      },
      { code: 226, explanation: '226 sends only what changed; 304 says nothing changed.' },
    ],
    spec: rfcSection(9110, '15.4.5'),
  },
  {
    code: 305,
    name: 'Use Proxy',
    registered: true,
    formerNames: [],
    frequency: 'rare',
    summary: 'Deprecated: it once told the client to repeat the request through the proxy named in Location.',
    description:
      "Letting a server redirect a client's traffic through any proxy it likes was a security risk, so browsers never honoured it. RFC 7231 deprecated it and RFC 9110 keeps it only as a registered, deprecated code.",
    whenYouSeeIt: ['Almost never; legacy systems'],
    causes: ['Very old server or proxy software'],
    handling: [
      'Do not follow it automatically.',
      'Find out why a proxy is wanted and configure one yourself if that is legitimate.',
    ],
    retry: { verdict: 'not-applicable', explanation: 'Not a failure in the usual sense; do not act on it.' },
    notes: ['Deprecated for security reasons: configuring a proxy in-band lets a server hijack traffic.'],
    confusedWith: [
      {
        code: 407,
        explanation: '407 asks you to authenticate with a proxy you already use; 305 asked you to use one.',
      },
      { code: 306, explanation: '306 was a related proxy-switching code, now unused.' },
    ],
    spec: rfcSection(9110, '15.4.6'),
  },
  {
    code: 306,
    name: '(Unused)',
    registered: true,
    formerNames: ['Switch Proxy'],
    frequency: 'rare',
    summary: 'Reserved and unused; it was once meant to tell clients to switch proxies.',
    description:
      'It appeared in an early draft of HTTP/1.1 and was dropped before publication. The number stays reserved so it can never be given a different meaning.',
    whenYouSeeIt: ['Never from a conforming server'],
    causes: ['A broken or experimental server'],
    handling: [
      'Treat it like 300, as for any 3xx code without a current meaning.',
      "Report it to the server's owner.",
    ],
    retry: { verdict: 'not-applicable', explanation: 'Not a defined outcome.' },
    notes: ['The IANA registry lists it as "(Unused)".'],
    confusedWith: [{ code: 305, explanation: '305 Use Proxy is the deprecated code it was paired with.' }],
    spec: rfcSection(9110, '15.4.7'),
  },
  {
    code: 307,
    name: 'Temporary Redirect',
    registered: true,
    formerNames: [],
    frequency: 'occasional',
    summary:
      'Repeat the same request, with the same method and body, at the URL in Location; this time only.',
    description:
      'Like 302 but without ambiguity: the client must not turn a POST into a GET. Browsers also show an internal 307 when HSTS upgrades an http:// URL to https://.',
    whenYouSeeIt: [
      'Temporary moves where the method has to be kept',
      'Load balancers or gateways steering requests to another region',
      'An "Internal Redirect" 307 in browser devtools caused by HSTS',
    ],
    causes: ['The endpoint is temporarily elsewhere', 'HSTS upgrade inside the browser'],
    handling: [
      'Follow Location with the same method and body.',
      'Keep using the original URL for future requests.',
      'Make sure the body can be sent again: a streamed upload cannot be replayed.',
    ],
    retry: { verdict: 'not-applicable', explanation: 'Not a failure: resend the same request to Location.' },
    notes: ['Not cacheable unless the response says otherwise.'],
    confusedWith: [
      { code: 302, explanation: '302 lets clients switch POST to GET; 307 does not.' },
      { code: 303, explanation: '303 switches to GET on purpose; 307 keeps the method.' },
      { code: 308, explanation: '308 is the permanent version: update your stored URL.' },
    ],
    spec: rfcSection(9110, '15.4.8'),
  },
  {
    code: 308,
    name: 'Permanent Redirect',
    registered: true,
    formerNames: [],
    frequency: 'occasional',
    summary: 'The resource has moved for good to the URL in Location; resend with the same method and body.',
    description:
      'The method-preserving twin of 301, standardised in RFC 7538: a POST redirected with 308 stays a POST. Clients should update their stored links, and like 301 it is cacheable by default. It is the modern choice for permanent moves in APIs.',
    whenYouSeeIt: [
      'Permanent API URL changes that must keep writes working',
      'HTTPS or trailing-slash redirects on modern hosting platforms',
    ],
    causes: ['The endpoint moved permanently'],
    handling: ['Follow Location with the same method and body.', 'Update stored URLs to the new location.'],
    retry: {
      verdict: 'not-applicable',
      explanation: 'Not a failure: follow Location and use it from now on.',
    },
    notes: [
      'Cacheable by default, like 301.',
      'Clients older than RFC 7538 may treat 308 like an unknown 3xx (that is, like 300) and not follow it.',
    ],
    confusedWith: [
      { code: 301, explanation: '301 lets clients change POST to GET; 308 keeps the method.' },
      { code: 307, explanation: '307 is the temporary version: keep using the original URL.' },
    ],
    spec: rfcSection(9110, '15.4.9'),
  },
];
