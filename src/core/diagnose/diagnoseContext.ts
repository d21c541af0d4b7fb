import { describeStatus } from '../status/describeStatus';
import { getHeaderValues } from '../http/headers';
import type { Exchange, HttpRequest, HttpResponse, StatusInfo } from '../types';
import { analyzeBody, type BodyAnalysis, type JsonChecker } from './analyzeBody';
import type { BodyError } from './bodyError.types';
import { extractBodyError } from './extractBodyError';
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
   * response pasted hours later still reads right), otherwise `now`.
   */
  reference: Date;
  referenceSource: 'date-header' | 'now';
  body: BodyAnalysis;
  /** The error the body carries, extracted once for the findings and the next steps. */
  bodyError?: BodyError;
  requestUrl?: RequestUrl;
}

export function createDiagnoseContext(exchange: Exchange, now: Date, check?: JsonChecker): DiagnoseContext {
  const { response, request } = exchange;
  const dateValue = getHeaderValues(response.headers, 'date')[0];
  const serverDate = dateValue === undefined ? undefined : parseHttpDate(dateValue, now.getUTCFullYear());
  const body = analyzeBody(response, check);
  return {
    response,
    request,
    status: describeStatus(response.status),
    now,
    reference: serverDate?.date ?? now,
    referenceSource: serverDate ? 'date-header' : 'now',
    body,
    bodyError: extractBodyError(body, response.status),
    requestUrl: requestUrl(request),
  };
}
