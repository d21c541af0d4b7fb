import type { RetryVerdict, StatusCategory } from '../types';

/** The rule of thumb for a whole class of status codes, with the codes that break it. */
export interface ClassGuidance {
  category: StatusCategory;
  /** e.g. "4xx Client Error". */
  title: string;
  /** The one-line rule to apply when nothing more specific is known. */
  rule: string;
  /** Well-known codes of the class that do not follow the rule. */
  exceptions: string[];
  /** What to do with an unfamiliar code of this class, in order. */
  handling: string[];
  /** The class-level retry advice, used for codes the catalogue does not know. */
  retry: { verdict: RetryVerdict; explanation: string };
}

type GuidanceData = Omit<ClassGuidance, 'category' | 'exceptions' | 'handling' | 'retry'> & {
  readonly exceptions: readonly string[];
  readonly handling: readonly string[];
  readonly retry: Readonly<ClassGuidance['retry']>;
};

const GUIDANCE: Readonly<Record<StatusCategory, GuidanceData>> = {
  informational: {
    title: '1xx Informational',
    rule: 'An interim answer: the request is being handled and the final response is still on its way. Clients deal with these on their own; you mostly meet them in verbose logs.',
    exceptions: [
      '101 Switching Protocols ends HTTP on that connection: what follows belongs to the new protocol (usually WebSocket).',
      'A 1xx is never the outcome of a request; if a capture ends on one, the final response was lost or cut off.',
    ],
    handling: [
      'Keep reading: the final status comes after it.',
      'Interim codes you do not recognise may be ignored (RFC 9110 §15.2 allows it; the client must still be able to parse them).',
    ],
    retry: {
      verdict: 'not-applicable',
      explanation: 'An interim response is not an outcome, so there is nothing to retry.',
    },
  },
  success: {
    title: '2xx Success',
    rule: 'The request worked: process the response, after checking the body has the shape you expect.',
    exceptions: [
      '202 Accepted only means the work was queued; the outcome comes later and can still be a failure.',
      '204 No Content and 205 Reset Content have no body, so there is nothing to parse.',
      '206 Partial Content is one slice of the resource, to be joined with the other slices.',
      'Some APIs put errors inside a 200 body (GraphQL "errors", "success": false, ArcGIS error codes).',
    ],
    handling: [
      'Validate the body against the structure you expect.',
      'Look for error flags inside the body before trusting it.',
    ],
    retry: {
      verdict: 'not-applicable',
      explanation: 'Nothing failed; repeating a write could apply it twice.',
    },
  },
  redirection: {
    title: '3xx Redirection',
    rule: 'Look elsewhere: follow the Location header (most clients do this for you).',
    exceptions: [
      '304 Not Modified has no Location: it tells you to reuse your cached copy.',
      '301 and 302 let clients turn a POST into a GET; 303 always means GET; 307 and 308 keep the method and body.',
      '300 Multiple Choices may list several targets, with the preferred one in Location.',
      '305 Use Proxy is deprecated and 306 is unused: do not act on them.',
    ],
    handling: [
      'Follow the Location header, resolved against the request URL.',
      'Treat it like 300 Multiple Choices if you do not know the exact code, as RFC 9110 says.',
      'Watch for loops and for credentials dropped when the redirect changes host.',
    ],
    retry: {
      verdict: 'not-applicable',
      explanation:
        'A redirect is an instruction, not a failure: follow it rather than repeating the request.',
    },
  },
  'client-error': {
    title: '4xx Client Error',
    rule: 'Something in the request is wrong: read the body, fix the request, then send it again. The same request gets the same answer.',
    exceptions: [
      '408 Request Timeout, 425 Too Early and 429 Too Many Requests are about timing, not content: retry them (after the wait the server asks for).',
      '401 and 407 can succeed once you authenticate again; 409 and 412 after you re-read the current state.',
      '404, 405 and 410 will not change by retrying; a 403 only with other credentials or once the permission is granted.',
    ],
    handling: [
      'Read the response body: it usually says what is wrong.',
      'Check method, URL, headers and body against the documentation.',
      'Fix the request before sending it again.',
    ],
    retry: {
      verdict: 'after-fix',
      explanation: 'Change the request first: an unchanged request fails the same way.',
    },
  },
  'server-error': {
    title: '5xx Server Error',
    rule: 'The server or a gateway failed: retry with exponential backoff, give up after a few attempts, and log the exchange so the failure is seen.',
    exceptions: [
      '501 Not Implemented and 505 HTTP Version Not Supported will not change by retrying.',
      'A 500 can be triggered by the request itself (input the server failed to validate), so check your input too.',
      'A POST or PATCH that got a 500 or 504 may already have taken effect: verify before repeating, or use an idempotency key.',
      'Honour Retry-After on 503 (and on 429) before anything else.',
    ],
    handling: [
      'Log method, URL, headers (without secrets) and both bodies.',
      'Retry idempotent requests with exponential backoff and jitter.',
      'Verify non-idempotent requests before repeating them.',
      "Check the service's status page and alert if errors persist.",
    ],
    retry: {
      verdict: 'with-backoff',
      explanation:
        'Usually transient: retry with exponential backoff, but only repeat non-idempotent requests once you know the first attempt did not take effect.',
    },
  },
  invalid: {
    title: 'Not a status code',
    rule: 'HTTP status codes are three-digit whole numbers from 100 to 599 (RFC 9110 §15). Anything else means the response was mangled, a parser misread it, or the number did not come from HTTP at all.',
    exceptions: [
      'Browsers and many HTTP libraries report 0 when no response arrived (network failure, CORS block, aborted request): look at the network error instead.',
    ],
    handling: [
      'Check where the number came from: the status line, a log field or a body field.',
      'Capture the raw response (curl -v) to see what the server really sent.',
    ],
    retry: {
      verdict: 'not-applicable',
      explanation: 'There is no HTTP outcome to judge; find out what actually happened first.',
    },
  },
};

/** The rule of thumb for a class of codes, as the UI shows it next to any status. */
export function describeClass(category: StatusCategory): ClassGuidance {
  const data = GUIDANCE[category];
  return {
    category,
    title: data.title,
    rule: data.rule,
    exceptions: [...data.exceptions],
    handling: [...data.handling],
    retry: { ...data.retry },
  };
}
