import { diagnose } from '../diagnose/diagnose';
import { getHeader } from '../http/headers';
import { parseHttpDate } from '../diagnose/parseHttpDate';
import { requestUrl } from '../diagnose/requestUrl';
import type { Diagnosis, Exchange, ParsedInput } from '../types';

/** One exchange of a session with what every session finder reads, computed once. */
export interface SessionItem {
  index: number;
  exchange: Exchange;
  method: string;
  url?: URL;
  /** The URL without its fragment, or the target as written: what "the same URL" means here. */
  address: string;
  /** Method, address and request body: two items with the same key are the same request repeated. */
  key: string;
  status: number;
  /** No response (status 0) or a 4xx/5xx. */
  failed: boolean;
  /** Epoch milliseconds the request started, when recorded. */
  startMs?: number;
  /** Epoch milliseconds the response was complete (start + time), when recorded. */
  endMs?: number;
  /** The moment the response speaks for: its Date header, else the recorded end or start. */
  atMs?: number;
  diagnosis: Diagnosis;
}

/**
 * A URL's href up to its fragment (`#…`): what `/#.*$/` removed from a serialised URL, which holds no
 * line break, without the regex's rescan from every `#` of a long run.
 */
export function withoutFragment(href: string): string {
  const hash = href.indexOf('#');
  return hash === -1 ? href : href.slice(0, hash);
}

function epochMs(value: string | undefined): number | undefined {
  const ms = value === undefined ? NaN : Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

function toItem(exchange: Exchange, index: number, now: Date): SessionItem {
  const { request, response } = exchange;
  const url = requestUrl(request)?.url;
  const method = (request?.method ?? '').toUpperCase();
  const address = url ? withoutFragment(url.href) : (request?.target ?? '');
  const startMs = epochMs(exchange.recorded?.startedDateTime);
  const time = exchange.recorded?.time;
  const endMs = startMs !== undefined && time !== undefined ? startMs + time : startMs;
  const date = getHeader(response.headers, 'date');
  const dateMs = date === undefined ? undefined : parseHttpDate(date, now.getUTCFullYear())?.date.getTime();
  const status = response.status;
  return {
    index,
    exchange,
    method,
    ...(url && { url }),
    address,
    key: `${method} ${address} ${request?.body ?? ''}`,
    status,
    failed: status === 0 || status >= 400,
    ...(startMs !== undefined && { startMs }),
    ...(endMs !== undefined && { endMs }),
    ...((dateMs ?? endMs) !== undefined && { atMs: dateMs ?? endMs }),
    diagnosis: diagnose(exchange, { now }),
  };
}

export function sessionItems(parsed: ParsedInput, now: Date): SessionItem[] {
  return parsed.exchanges.map((exchange, index) => toItem(exchange, index, now));
}

/** Items grouped by a key, each group in session order; items without a key are left out. */
export function groupBy(
  items: readonly SessionItem[],
  keyOf: (item: SessionItem) => string | undefined,
): SessionItem[][] {
  const groups = new Map<string, SessionItem[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

/** "GET api.example/v1/orders": how findings name a request. */
export function describeRequest(item: SessionItem): string {
  const where = item.url ? `${item.url.host}${item.url.pathname}` : item.address;
  return `${item.method} ${where}`.trim();
}
