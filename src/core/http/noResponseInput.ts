import type { Exchange, HttpRequest, ParsedInput, Problem, TransportError } from '../types';

/** The response of a request that got none, as HAR files and browsers record it: status 0, nothing else. */
export function noResponse(): Exchange['response'] {
  return { httpVersion: '', status: 0, reason: '', headers: [], body: '' };
}

/** A label for the exchange picker: what was asked, and that nothing came back. */
export function noResponseLabel(request: HttpRequest | undefined, error: TransportError): string {
  const what = request ? `${request.method} ${request.target}` : (error.url ?? error.host);
  return `${what ? `${what} → ` : ''}no response`;
}

/** The request a client's error names by method and URL (a traceback's call, a console line). */
function requestNamedBy(error: TransportError): HttpRequest | undefined {
  if (error.method === undefined || error.url === undefined) return undefined;
  return { method: error.method, target: error.url, httpVersion: '', headers: [], body: '' };
}

/**
 * A pasted transport failure as parsed input: one exchange with status 0 carrying the client's error,
 * and the request that failed: the one the paste shows, else the one the error names.
 */
export function noResponseInput(
  error: TransportError,
  shown: HttpRequest | undefined,
  problems: Problem[],
): ParsedInput {
  const request = shown ?? requestNamedBy(error);
  const exchange: Exchange = {
    ...(request && { request }),
    response: noResponse(),
    label: noResponseLabel(request, error),
    transportError: error,
  };
  return { kind: 'no-response', exchanges: [exchange], problems };
}
