import { getHeader, getHeaderValues } from '../http/headers';
import type { Header } from '../types';
import { interpretReset, type ResetReading } from './interpretReset';
import { itemOf, readSfDictionary, readSfItem, readSfList, sfNumber, sfText } from '../http/structuredFields';

/** One quota as a family of headers describes it. */
export interface RateLimitReading {
  /** The header family, in words ("X-RateLimit-*", "RateLimit (IETF)"). */
  source: string;
  limit?: number;
  remaining?: number;
  used?: number;
  reset?: ResetReading;
  /** Raw reset value as sent, to quote when explaining how it was read. */
  resetValue?: string;
  resetHeader?: string;
  /** Named quota policy (IETF drafts), bucket or GitHub resource. */
  policy?: string;
  windowSeconds?: number;
  /** What the quota counts (the IETF draft's `qu`): requests unless it says otherwise. */
  unit?: QuotaUnit;
}

/** The quota units of the IETF RateLimit draft's `qu` parameter. */
export type QuotaUnit = 'requests' | 'content-bytes' | 'concurrent-requests';
const QUOTA_UNITS = new Set<string>(['requests', 'content-bytes', 'concurrent-requests']);

/** Kong and others publish one header pair per window: X-RateLimit-Remaining-Minute. */
const WINDOW_SECONDS: Record<string, number> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  month: 30 * 86_400,
  year: 365 * 86_400,
};

/** Leading number of a value such as "100", "598.0" or "100, 100;w=60" (older drafts list policies after it). */
function leadingNumber(value: string | undefined): number | undefined {
  const m = value === undefined ? null : /^\s*(\d+(?:\.\d+)?)/.exec(value);
  return m ? Number(m[1]) : undefined;
}

function windowParam(value: string | undefined): number | undefined {
  const m = value === undefined ? null : /;\s*w=(\d+)/.exec(value);
  return m ? Number(m[1]) : undefined;
}

function hasAny(r: RateLimitReading): boolean {
  return r.limit !== undefined || r.remaining !== undefined || r.reset !== undefined || r.used !== undefined;
}

/** The header's name as the response wrote it, for quoting. */
function writtenName(headers: readonly Header[], name: string): string {
  return headers.find((h) => h.name.toLowerCase() === name)?.name ?? name;
}

/** X-RateLimit-* (GitHub, Twitter's X-Rate-Limit-*, Discord's Reset-After, Reddit's fractional counts). */
function readXRateLimit(
  headers: readonly Header[],
  prefix: string,
  reference: Date,
): RateLimitReading | undefined {
  const get = (suffix: string): string | undefined => getHeaderValues(headers, `${prefix}-${suffix}`)[0];
  const resetAfter = get('reset-after');
  const resetValue = resetAfter ?? get('reset');
  const limit = leadingNumber(get('limit'));
  const remaining = leadingNumber(get('remaining'));
  const used = leadingNumber(get('used'));
  const reading: RateLimitReading = {
    source: `${prefix === 'x-ratelimit' ? 'X-RateLimit' : 'X-Rate-Limit'}-*`,
    limit,
    remaining: remaining ?? (limit !== undefined && used !== undefined ? limit - used : undefined),
    used,
    reset:
      resetValue === undefined ? undefined : interpretReset(resetValue, reference, resetAfter !== undefined),
    resetValue,
    resetHeader:
      resetValue === undefined
        ? undefined
        : writtenName(headers, `${prefix}-${resetAfter === undefined ? 'reset' : 'reset-after'}`),
    policy: get('resource') ?? get('bucket'),
    windowSeconds: windowParam(get('limit')),
  };
  return hasAny(reading) ? reading : undefined;
}

function readWindowedXRateLimit(headers: readonly Header[]): RateLimitReading[] {
  const readings: RateLimitReading[] = [];
  for (const [unit, seconds] of Object.entries(WINDOW_SECONDS)) {
    const limit = leadingNumber(getHeader(headers, `x-ratelimit-limit-${unit}`));
    const remaining = leadingNumber(getHeader(headers, `x-ratelimit-remaining-${unit}`));
    if (limit === undefined && remaining === undefined) continue;
    readings.push({
      source: 'X-RateLimit-*-<window>',
      limit,
      remaining,
      policy: unit,
      windowSeconds: seconds,
    });
  }
  return readings;
}

/**
 * RateLimit-Limit / -Remaining / -Reset of the early httpapi drafts, structured fields: the limit a
 * list (`100, 100;w=60`: the quota, then policies with their window), the others integers; the reset
 * is a delay in seconds. A value that is not a valid structured field is read for its leading number,
 * as servers that get the syntax slightly wrong still mean it.
 */
function readDraftTriplet(headers: readonly Header[], reference: Date): RateLimitReading | undefined {
  const limitLines = getHeaderValues(headers, 'ratelimit-limit');
  const remainingLines = getHeaderValues(headers, 'ratelimit-remaining');
  const resetValue = getHeaderValues(headers, 'ratelimit-reset')[0];
  const limitList = readSfList(limitLines);
  const limitItems = limitList?.map(itemOf) ?? [];
  const reading: RateLimitReading = {
    source: 'RateLimit-*',
    limit: limitList ? sfNumber(limitItems[0]?.[0]) : leadingNumber(limitLines[0]),
    remaining: sfNumber(readSfItem(remainingLines)?.[0]) ?? leadingNumber(remainingLines[0]),
    reset: resetValue === undefined ? undefined : interpretReset(resetValue, reference, true),
    resetValue,
    resetHeader: resetValue === undefined ? undefined : writtenName(headers, 'ratelimit-reset'),
    windowSeconds: limitList
      ? limitItems.map((item) => sfNumber(item?.[1].get('w'))).find((w) => w !== undefined)
      : windowParam(limitLines[0]),
  };
  return hasAny(reading) ? reading : undefined;
}

interface PolicyInfo {
  quota?: number;
  windowSeconds?: number;
  unit?: QuotaUnit;
}

/** RateLimit-Policy: `"default";q=100;w=60` (current draft) or `100;w=60` (earlier ones). */
function readPolicies(lines: readonly string[]): Map<string, PolicyInfo> {
  const policies = new Map<string, PolicyInfo>();
  readSfList(lines)?.forEach((member, index) => {
    const item = itemOf(member);
    if (!item) return;
    const [value, params] = item;
    const name = sfText(value) ?? `#${index + 1}`;
    const unit = sfText(params.get('qu'));
    policies.set(name, {
      quota: sfNumber(params.get('q')) ?? sfNumber(value),
      windowSeconds: sfNumber(params.get('w')),
      ...(unit !== undefined && QUOTA_UNITS.has(unit) && { unit: unit as QuotaUnit }),
    });
  });
  return policies;
}

const IETF_SOURCE = 'RateLimit (IETF structured field)';

/** The IETF structured fields: `RateLimit: "default";r=0;t=30` with RateLimit-Policy for quota and window. */
function readStructured(headers: readonly Header[], reference: Date): RateLimitReading[] {
  const lines = getHeaderValues(headers, 'ratelimit');
  const policies = readPolicies(getHeaderValues(headers, 'ratelimit-policy'));
  const readings: RateLimitReading[] = [];
  const delay = (t: number | undefined): ResetReading | undefined =>
    t === undefined ? undefined : interpretReset(String(t), reference, true);
  const list = readSfList(lines);
  if (list) {
    list.forEach((member, index) => {
      const item = itemOf(member);
      if (!item) return;
      const [value, params] = item;
      const name = sfText(value) ?? `#${index + 1}`;
      const policy = policies.get(name);
      const t = sfNumber(params.get('t'));
      readings.push({
        source: IETF_SOURCE,
        remaining: sfNumber(params.get('r')),
        limit: policy?.quota,
        windowSeconds: policy?.windowSeconds,
        reset: delay(t),
        resetValue: t === undefined ? undefined : String(t),
        resetHeader: t === undefined ? undefined : 'RateLimit (t)',
        policy: name.startsWith('#') ? undefined : name,
        unit: policy?.unit,
      });
    });
  } else if (lines.length > 0) {
    // An earlier draft's dictionary: `RateLimit: limit=100, remaining=0, reset=30`.
    const dictionary = readSfDictionary(lines);
    const num = (key: string): number | undefined => sfNumber(itemOf(dictionary?.get(key))?.[0]);
    const reset = num('reset');
    readings.push({
      source: IETF_SOURCE,
      limit: num('limit'),
      remaining: num('remaining'),
      reset: delay(reset),
      resetValue: reset === undefined ? undefined : String(reset),
      resetHeader: reset === undefined ? undefined : 'RateLimit (reset)',
    });
  }
  if (readings.length === 0) {
    for (const [name, p] of policies) {
      readings.push({
        source: IETF_SOURCE,
        limit: p.quota,
        windowSeconds: p.windowSeconds,
        policy: name.startsWith('#') ? undefined : name,
        unit: p.unit,
      });
    }
  }
  return readings.filter(hasAny);
}

/** Every rate-limit quota the headers describe, in any of the common forms. */
export function readRateLimits(headers: readonly Header[], reference: Date): RateLimitReading[] {
  const readings: (RateLimitReading | undefined)[] = [
    ...readStructured(headers, reference),
    readDraftTriplet(headers, reference),
    readXRateLimit(headers, 'x-ratelimit', reference),
    readXRateLimit(headers, 'x-rate-limit', reference),
    ...readWindowedXRateLimit(headers),
  ];
  return readings.filter((r): r is RateLimitReading => r !== undefined);
}
