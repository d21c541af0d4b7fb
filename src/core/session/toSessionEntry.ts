import { findingOf } from '../diagnose/findingData';
import type { SessionEntry } from '../types';
import { noResponseOf } from './noResponseOf';
import type { SessionItem } from './sessionItems';

function headline(item: SessionItem): { headline: string; severity: SessionEntry['severity'] } {
  // An unclassified browser error says more by its name (net::ERR_FAILED) than a generic title.
  const noResponse = noResponseOf(item.exchange);
  if (noResponse && noResponse.cause === 'other' && noResponse.message !== '')
    return { headline: `No response: ${noResponse.message}`, severity: 'error' };
  const top = item.diagnosis.findings.find((f) => f.severity === 'error' || f.severity === 'warning');
  if (top) return { headline: top.title, severity: top.severity };
  if (noResponse) return { headline: 'No response', severity: 'error' };
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
  const label = findingOf(item.diagnosis.findings, 'no-response')?.data.causeLabel;
  return {
    index: item.index,
    ...(item.startMs !== undefined &&
      firstStartMs !== undefined && { offsetMs: item.startMs - firstStartMs }),
    method: item.method,
    url: exchange.request?.target ?? '',
    host: url?.host ?? '',
    path: url ? `${url.pathname}${url.search}` : (exchange.request?.target ?? ''),
    status: response.status,
    category: item.diagnosis.status.category,
    reason: response.reason,
    ...(noResponse && {
      noResponse: { ...noResponse, ...(label && noResponse.cause !== 'other' && { label }) },
    }),
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
