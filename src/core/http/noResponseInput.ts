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

/** A pasted transport failure as parsed input: one exchange with status 0 carrying the client's error. */
export function noResponseInput(
  error: TransportError,
  request: HttpRequest | undefined,
  problems: Problem[],
): ParsedInput {
  const exchange: Exchange = {
    ...(request && { request }),
    response: noResponse(),
    label: noResponseLabel(request, error),
    transportError: error,
  };
  return { kind: 'no-response', exchanges: [exchange], problems };
}
