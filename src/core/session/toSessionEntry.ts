import type { SessionEntry } from '../types';
import { noResponseOf } from './noResponseOf';
import type { SessionItem } from './sessionItems';

function headline(item: SessionItem): { headline: string; severity: SessionEntry['severity'] } {
  const top = item.diagnosis.findings.find((f) => f.severity === 'error' || f.severity === 'warning');
  if (top) return { headline: top.title, severity: top.severity };
  const noResponse = noResponseOf(item.exchange);
  if (noResponse)
    return {
      headline: noResponse.message ? `No response: ${noResponse.message}` : 'No response',
      severity: 'error',
    };
  if (item.failed) return { headline: item.diagnosis.status.name, severity: 'error' };
  return { headline: '', severity: 'ok' };
}

/** One row of the session table: what it shows, without the bodies. */
export function toSessionEntry(
  item: SessionItem,
  firstStartMs: number | undefined,
  findingIds: string[],
): SessionEntry {
  const { exchange, url } = item;
  const { recorded, response } = exchange;
  const noResponse = noResponseOf(exchange);
  return {
    index: item.index,
    ...(item.startMs !== undefined &&
      firstStartMs !== undefined && { offsetMs: item.startMs - firstStartMs }),
    method: item.method,
    url: exchange.request?.target ?? '',
    host: url?.host ?? '',
    path: url ? `${url.pathname}${url.search}` : (exchange.request?.target ?? ''),
    status: response.status,
    reason: response.reason,
    ...(noResponse && { noResponse }),
    ...(recorded?.time !== undefined && { durationMs: recorded.time }),
    ...(recorded?.timings && { timings: recorded.timings }),
    size: recorded?.transferSize ?? recorded?.contentSize ?? response.body.length,
    ...(recorded?.resourceType && { resourceType: recorded.resourceType }),
    ...(recorded?.initiator && {
      initiator: `${recorded.initiator.type}${recorded.initiator.url ? ` ${recorded.initiator.url}` : ''}`,
    }),
    ...(recorded?.fromCache && { fromCache: recorded.fromCache }),
    failed: item.failed,
    ...headline(item),
    findings: findingIds,
  };
}
