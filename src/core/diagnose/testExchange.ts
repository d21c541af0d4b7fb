import type { Exchange, Header, HttpRequest } from '../types';
import { createDiagnoseContext, type DiagnoseContext } from './diagnoseContext';

/**
 * Builders for the diagnosis tests: exchanges written by hand (headers as [name, value] pairs), so
 * the tests do not depend on the input parser.
 */
export const TEST_NOW = new Date('2026-03-24T12:00:00Z');

export interface ExchangeSpec {
  status?: number;
  headers?: [string, string][];
  body?: string;
  request?: { method?: string; target?: string; headers?: [string, string][]; body?: string };
}

function toHeaders(pairs: readonly [string, string][] = []): Header[] {
  return pairs.map(([name, value]) => ({ name, value }));
}

export function makeExchange(spec: ExchangeSpec = {}): Exchange {
  const request: HttpRequest | undefined = spec.request && {
    method: spec.request.method ?? 'GET',
    target: spec.request.target ?? '/',
    httpVersion: 'HTTP/1.1',
    headers: toHeaders(spec.request.headers),
    body: spec.request.body ?? '',
  };
  return {
    ...(request && { request }),
    response: {
      httpVersion: 'HTTP/1.1',
      status: spec.status ?? 200,
      reason: '',
      headers: toHeaders(spec.headers),
      body: spec.body ?? '',
    },
  };
}

export function makeContext(spec: ExchangeSpec = {}, now: Date = TEST_NOW): DiagnoseContext {
  return createDiagnoseContext(makeExchange(spec), now);
}
