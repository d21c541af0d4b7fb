/**
 * Headers whose values change from one response to the next even when nothing is wrong: clocks, cache
 * age and validators, request and trace ids, timings, CDN bookkeeping. Comparing them only adds noise.
 * Kept compared on purpose: Set-Cookie (a missing session cookie explains many failures), Via (a
 * different proxy path is an environment difference) and Content-Length (it follows the body).
 * Report-To, Reporting-Endpoints and NEL are ignored: they configure browser error reporting and often
 * embed per-response tokens.
 */
export const DEFAULT_IGNORED_HEADERS: readonly string[] = [
  'Date',
  'Age',
  'Expires',
  'Last-Modified',
  'ETag',
  'X-Request-Id',
  'X-Correlation-Id',
  'Request-Id',
  'X-Amzn-RequestId',
  'X-Amzn-Trace-Id',
  'X-Amz-Cf-Id',
  'X-Amz-Request-Id',
  'X-Amz-Id-2',
  'traceparent',
  'tracestate',
  'X-B3-TraceId',
  'X-B3-SpanId',
  'X-Cloud-Trace-Context',
  'CF-Ray',
  'Server-Timing',
  'X-Runtime',
  'X-Response-Time',
  'X-Envoy-Upstream-Service-Time',
  'X-Cache',
  'X-Cache-Hits',
  'X-Served-By',
  'X-Timer',
  'Report-To',
  'Reporting-Endpoints',
  'NEL',
];
