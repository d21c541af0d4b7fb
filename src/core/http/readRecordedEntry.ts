import type { EntryTimings, RecordedEntry } from '../types';

type Json = Record<string, unknown>;

const PHASES = ['blocked', 'dns', 'connect', 'ssl', 'send', 'wait', 'receive'] as const;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A recorded measure: HAR writes -1 (or leaves it out) for "does not apply". */
function measure(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function readTimings(value: unknown): EntryTimings | undefined {
  if (!isRecord(value)) return undefined;
  const timings: EntryTimings = {};
  for (const phase of PHASES) {
    const ms = measure(value[phase]);
    if (ms !== undefined) timings[phase] = ms;
  }
  return Object.keys(timings).length > 0 ? timings : undefined;
}

function readInitiator(value: unknown): RecordedEntry['initiator'] {
  if (!isRecord(value) || typeof value['type'] !== 'string') return undefined;
  const url = typeof value['url'] === 'string' ? value['url'] : undefined;
  return { type: value['type'], ...(url !== undefined && { url }) };
}

function transferSize(response: Json): number | undefined {
  const chrome = measure(response['_transferSize']);
  if (chrome !== undefined) return chrome;
  const headers = measure(response['headersSize']);
  const body = measure(response['bodySize']);
  return headers !== undefined && body !== undefined ? headers + body : undefined;
}

/** Chrome writes `_fromCache: "memory" | "disk"`; older exports only fill `cache.afterRequest`. */
function fromCache(entry: Json): RecordedEntry['fromCache'] {
  const value = entry['_fromCache'];
  if (value === 'memory' || value === 'disk') return value;
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * What a HAR entry records beside the exchange (HAR 1.2 plus Chrome's and Firefox's own `_` fields):
 * start, total time and phases, resource type, initiator, sizes, the browser's error text.
 */
export function readRecordedEntry(entry: Json): RecordedEntry {
  const response = isRecord(entry['response']) ? entry['response'] : {};
  const content = isRecord(response['content']) ? response['content'] : {};
  const recorded: RecordedEntry = {
    startedDateTime: text(entry['startedDateTime']),
    time: measure(entry['time']),
    timings: readTimings(entry['timings']),
    resourceType: text(entry['_resourceType']),
    initiator: readInitiator(entry['_initiator']),
    transferSize: transferSize(response),
    contentSize: measure(content['size']),
    error: text(response['_error']) ?? text(entry['_error']),
    fromCache: fromCache(entry),
    serverIPAddress: text(entry['serverIPAddress']),
  };
  for (const key of Object.keys(recorded) as (keyof RecordedEntry)[])
    if (recorded[key] === undefined) delete recorded[key];
  return recorded;
}
