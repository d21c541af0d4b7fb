/**
 * Sample failing responses for a first visit, one per common failure, and requests that got none. They
 * are realistic pastes (curl -i, curl -v, a terminal session, a Python error) so that loading one
 * exercises the same parser as a user's own text.
 */
export interface Example {
  id: string;
  title: string;
  text: string;
}

const crlf = (lines: string[]): string => lines.join('\r\n');

export const EXAMPLES: readonly Example[] = [
  {
    id: 'rate-limited',
    title: '429 Too Many Requests (rate limited)',
    text: crlf([
      'HTTP/1.1 429 Too Many Requests',
      'Date: Tue, 24 Nov 2026 10:00:00 GMT',
      'Content-Type: application/json',
      'Retry-After: 30',
      'X-RateLimit-Limit: 100',
      'X-RateLimit-Remaining: 0',
      'X-RateLimit-Reset: 1795514430',
      '',
      '{"error":"rate_limited","message":"You have exceeded 100 requests per minute."}',
    ]),
  },
  {
    id: 'expired-token',
    title: '401 Unauthorized (expired token)',
    text: crlf([
      'HTTP/2 401',
      'content-type: application/json',
      'www-authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"',
      '',
      '{"error":"invalid_token","error_description":"The access token expired"}',
    ]),
  },
  {
    id: 'validation-failed',
    title: '422 Unprocessable Content (field errors)',
    text: crlf([
      'HTTP/1.1 422 Unprocessable Entity',
      'Content-Type: application/problem+json',
      '',
      '{',
      '  "type": "https://api.example.com/problems/validation",',
      '  "title": "Your request is not valid",',
      '  "status": 422,',
      '  "detail": "2 fields failed validation",',
      '  "errors": [',
      '    { "field": "age", "message": "must be 18 or older" },',
      '    { "field": "email", "message": "is not a valid email address" }',
      '  ]',
      '}',
    ]),
  },
  {
    id: 'bad-request',
    title: '400 Bad Request (missing field)',
    text: crlf([
      'HTTP/1.1 400 Bad Request',
      'Content-Type: application/json; charset=utf-8',
      'X-Request-Id: 7f3c2a',
      '',
      '{"error":"Bad Request","message":"Field \'email\' is required","field":"email"}',
    ]),
  },
  {
    id: 'forbidden',
    title: '403 Forbidden (missing scope)',
    text: crlf([
      'HTTP/1.1 403 Forbidden',
      'Content-Type: application/json',
      'WWW-Authenticate: Bearer error="insufficient_scope", scope="repo:write"',
      '',
      '{"message":"Resource not accessible by integration","documentation_url":"https://docs.example.com/rest"}',
    ]),
  },
  {
    id: 'method-not-allowed',
    title: '405 Method Not Allowed',
    text: crlf(['HTTP/1.1 405 Method Not Allowed', 'Allow: GET, HEAD', 'Content-Length: 0', '', '']),
  },
  {
    id: 'server-error-post',
    title: '500 on a POST (curl -v)',
    text: [
      '*   Trying 203.0.113.10:443...',
      '* Connected to api.example.com (203.0.113.10) port 443',
      '> POST /v1/payments HTTP/1.1',
      '> Host: api.example.com',
      '> Authorization: Bearer sk_live_redacted',
      '> Content-Type: application/json',
      '> Content-Length: 42',
      '>',
      '< HTTP/1.1 500 Internal Server Error',
      '< Content-Type: application/json',
      '< X-Request-Id: req_8d1f',
      '<',
      '{"error":{"message":"Unexpected error","code":"internal"}}',
    ].join('\n'),
  },
  {
    id: 'bad-gateway',
    title: '502 Bad Gateway (nginx page)',
    text: crlf([
      'HTTP/1.1 502 Bad Gateway',
      'Server: nginx/1.25.3',
      'Content-Type: text/html',
      '',
      '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.25.3</center></body></html>',
    ]),
  },
  {
    id: 'maintenance',
    title: '503 Service Unavailable (maintenance)',
    text: crlf([
      'HTTP/1.1 503 Service Unavailable',
      'Date: Tue, 24 Nov 2026 10:00:00 GMT',
      'Retry-After: Tue, 24 Nov 2026 10:15:00 GMT',
      'Content-Type: application/json',
      '',
      '{"message":"Scheduled maintenance, back at 10:15 UTC"}',
    ]),
  },
  {
    id: 'gateway-timeout',
    title: '504 Gateway Timeout on a POST',
    text: [
      '> POST /v1/orders HTTP/2',
      '> Host: api.example.com',
      '> Content-Type: application/json',
      '>',
      '< HTTP/2 504',
      '< content-type: application/json',
      '< server: awselb/2.0',
      '<',
      '{"message":"Endpoint request timed out"}',
    ].join('\n'),
  },
  {
    id: 'redirect-chain',
    title: 'Redirect chain (curl -iL)',
    text: crlf([
      'HTTP/1.1 301 Moved Permanently',
      'Location: https://api.example.com/v2/users',
      'Content-Length: 0',
      '',
      'HTTP/1.1 302 Found',
      'Location: /login?next=%2Fv2%2Fusers',
      'Content-Length: 0',
      '',
      'HTTP/1.1 404 Not Found',
      'Content-Type: application/json',
      '',
      '{"error":"not_found","message":"No route for /login"}',
    ]),
  },
  {
    id: 'secondary-rate-limit',
    title: '403 that is a rate limit (GitHub)',
    text: [
      'HTTP/2 403',
      'date: Tue, 24 Nov 2026 10:00:00 GMT',
      'content-type: application/json; charset=utf-8',
      'retry-after: 60',
      'x-ratelimit-limit: 5000',
      'x-ratelimit-remaining: 4987',
      '',
      '{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.","documentation_url":"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"}',
    ].join('\n'),
  },
  {
    id: 'could-not-resolve',
    title: 'No response: curl: (6) in a terminal',
    text: [
      'dev@laptop:~/shop$ curl -v -X POST https://api.exampel.com/v1/orders -d \'{"sku":"A-1"}\'',
      '* Could not resolve host: api.exampel.com',
      '* Closing connection',
      'curl: (6) Could not resolve host: api.exampel.com',
    ].join('\n'),
  },
  {
    id: 'connection-timeout-post',
    title: 'No response: a POST that timed out (Python)',
    text: [
      'Traceback (most recent call last):',
      '  File "/app/checkout.py", line 41, in charge',
      '    response = requests.post("https://api.example.com/v1/payments", json=payment, timeout=30)',
      '  File "/usr/lib/python3/site-packages/requests/adapters.py", line 713, in send',
      '    raise ReadTimeout(e, request=request)',
      "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.example.com', port=443): Read timed out. (read timeout=30)",
      '',
    ].join('\n'),
  },
];
