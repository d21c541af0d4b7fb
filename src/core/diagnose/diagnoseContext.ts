import { describeStatus } from '../status/describeStatus';
import { getHeaderValues } from '../http/headers';
import type { Exchange, HttpRequest, HttpResponse, StatusInfo, TransportError } from '../types';
import { analyzeBody, type BodyAnalysis, type JsonChecker } from './analyzeBody';
import type { BodyError } from './bodyError.types';
import { extractBodyError } from './extractBodyError';
import { noResponseAdvice, type NoResponseAdvice } from './noResponse/noResponseAdvice';
import { parseHttpDate } from './parseHttpDate';
import { requestUrl, type RequestUrl } from './requestUrl';

/** Everything finders share, computed once per exchange. */
export interface DiagnoseContext {
  response: HttpResponse;
  request?: HttpRequest;
  status: StatusInfo;
  now: Date;
  /**
   * The clock relative times are measured on: the response's Date header when it is valid (so a
   * response pasted hours later still reads right), else the start a HAR file recorded, else `now`.
   */
  reference: Date;
  referenceSource: 'date-header' | 'recorded' | 'now';
  body: BodyAnalysis;
  /** The error the body carries, extracted once for the findings and the next steps. */
  bodyError?: BodyError;
  requestUrl?: RequestUrl;
  /** For a request that got no response (status 0): its cause and what to do about it. */
  noResponse?: NoResponseAdvice;
  /** The client's error reported after this response (curl -L giving up: exit code 47). */
  transportError?: TransportError;
  /** All the exchanges of the same paste, in order, and this one's index (a redirect chain, a recording). */
  chain: { exchanges: readonly Exchange[]; index: number };
}

/** A token endpoint, an OAuth authorization path, or a Bearer challenge: an `error` code there is OAuth's. */
function isOAuthExchange({ request, response }: Exchange): boolean {
  const path = request?.target.replace(/^[a-z]+:\/\/[^/]+/i, '').split('?')[0] ?? '';
  if (/\/(?:oauth2?|openid-connect|connect)\/|\/(?:token|authorize)\/?$/i.test(path)) return true;
  return getHeaderValues(response.headers, 'www-authenticate').some((v) => /^\s*(?:Bearer|DPoP)\b/i.test(v));
}

function recordedDate(value: string | undefined): Date | undefined {
  const ms = value === undefined ? NaN : Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

export function createDiagnoseContext(
  exchange: Exchange,
  now: Date,
  check?: JsonChecker,
  chain?: { exchanges: readonly Exchange[]; index: number },
): DiagnoseContext {
  const { response, request } = exchange;
  const dateValue = getHeaderValues(response.headers, 'date')[0];
  const serverDate = dateValue === undefined ? undefined : parseHttpDate(dateValue, now.getUTCFullYear());
  const body = analyzeBody(response, check);
  const recordedStart = recordedDate(exchange.recorded?.startedDateTime);
  return {
    response,
    request,
    status: describeStatus(response.status),
    now,
    reference: serverDate?.date ?? recordedStart ?? now,
    referenceSource: serverDate ? 'date-header' : recordedStart ? 'recorded' : 'now',
    body,
    bodyError: extractBodyError(body, response.status, { oauth: isOAuthExchange(exchange) }),
    requestUrl: requestUrl(request),
    ...(response.status === 0 && { noResponse: noResponseAdvice(request, exchange.transportError) }),
    ...(response.status !== 0 && exchange.transportError && { transportError: exchange.transportError }),
    chain: chain ?? { exchanges: [exchange], index: 0 },
  };
}
