import { formatDuration } from '../diagnose/formatDuration';
import type { Finding } from '../types';
import { describeRequest, type SessionItem } from './sessionItems';

/** Waiting this long for the first byte is slow for an API call. */
export const SLOW_WAIT_MS = 1000;
/** Queued this long before sending: the browser's per-host connection limit, or a busy main thread. */
export const SLOW_QUEUE_MS = 500;
const LISTED = 3;

function list(items: readonly SessionItem[], ms: (i: SessionItem) => number): string {
  return [...items]
    .sort((a, b) => ms(b) - ms(a))
    .slice(0, LISTED)
    .map((i) => `${describeRequest(i)} (entry ${i.index + 1}, ${formatDuration(ms(i) / 1000)})`)
    .join(', ');
}

/** Where the time went: slow servers (long waits for the first byte) and queued requests. */
export function findSlowRequests(items: readonly SessionItem[]): Finding[] {
  const wait = (i: SessionItem) => i.exchange.recorded?.timings?.wait ?? 0;
  const queued = (i: SessionItem) => i.exchange.recorded?.timings?.blocked ?? 0;
  const slow = items.filter((i) => wait(i) >= SLOW_WAIT_MS);
  const blocked = items.filter((i) => queued(i) >= SLOW_QUEUE_MS);
  const findings: Finding[] = [];
  if (slow.length > 0)
    findings.push({
      id: 'slow-requests',
      severity: 'info',
      title: `${slow.length} response${slow.length > 1 ? 's' : ''} took over ${formatDuration(SLOW_WAIT_MS / 1000)} to start`,
      detail: `The slowest: ${list(slow, wait)}. That is server time (waiting for the first byte), not the network: look at the server's logs and traces for these calls.`,
      data: { entries: slow.map((i) => i.index), phase: 'wait', thresholdMs: SLOW_WAIT_MS },
    });
  if (blocked.length > 0)
    findings.push({
      id: 'slow-requests',
      severity: 'info',
      title: `${blocked.length} request${blocked.length > 1 ? 's' : ''} queued over ${formatDuration(SLOW_QUEUE_MS / 1000)} before being sent`,
      detail: `The longest: ${list(blocked, queued)}. Browsers open at most 6 HTTP/1.1 connections per host; requests beyond that wait. HTTP/2, fewer parallel requests or a second host shortens the queue.`,
      data: { entries: blocked.map((i) => i.index), phase: 'blocked', thresholdMs: SLOW_QUEUE_MS },
    });
  return findings;
}
