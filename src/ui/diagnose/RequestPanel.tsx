import type { HttpRequest } from '../../core';
import { HeadersTable } from './HeadersTable';

/** The request that produced the response, when the paste had one (curl -v, HAR). */
export function RequestPanel({ request }: { request: HttpRequest }) {
  return (
    <section className="card request" aria-label="Request">
      <h3>Request</h3>
      <p className="request-line">
        <code>
          {request.method} {request.target} {request.httpVersion}
        </code>
      </p>
      <HeadersTable headers={request.headers} title="Request headers" />
      {request.body && <pre className="request-body">{request.body}</pre>}
    </section>
  );
}
