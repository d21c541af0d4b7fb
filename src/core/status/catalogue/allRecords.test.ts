import { describe, expect, it } from 'vitest';
import { allRecords, recordByCode } from './allRecords';
import type { StatusRecord } from '../statusRecord';

/**
 * The IANA HTTP Status Code Registry as published (RFC 9110 plus later registrations), written out
 * independently of the catalogue. 104 is a temporary registration; IANA appends that to its name.
 */
const IANA_REGISTRY: readonly (readonly [number, string])[] = [
  [100, 'Continue'],
  [101, 'Switching Protocols'],
  [102, 'Processing'],
  [103, 'Early Hints'],
  [104, 'Upload Resumption Supported'],
  [200, 'OK'],
  [201, 'Created'],
  [202, 'Accepted'],
  [203, 'Non-Authoritative Information'],
  [204, 'No Content'],
  [205, 'Reset Content'],
  [206, 'Partial Content'],
  [207, 'Multi-Status'],
  [208, 'Already Reported'],
  [226, 'IM Used'],
  [300, 'Multiple Choices'],
  [301, 'Moved Permanently'],
  [302, 'Found'],
  [303, 'See Other'],
  [304, 'Not Modified'],
  [305, 'Use Proxy'],
  [306, '(Unused)'],
  [307, 'Temporary Redirect'],
  [308, 'Permanent Redirect'],
  [400, 'Bad Request'],
  [401, 'Unauthorized'],
  [402, 'Payment Required'],
  [403, 'Forbidden'],
  [404, 'Not Found'],
  [405, 'Method Not Allowed'],
  [406, 'Not Acceptable'],
  [407, 'Proxy Authentication Required'],
  [408, 'Request Timeout'],
  [409, 'Conflict'],
  [410, 'Gone'],
  [411, 'Length Required'],
  [412, 'Precondition Failed'],
  [413, 'Content Too Large'],
  [414, 'URI Too Long'],
  [415, 'Unsupported Media Type'],
  [416, 'Range Not Satisfiable'],
  [417, 'Expectation Failed'],
  [418, '(Unused)'],
  [421, 'Misdirected Request'],
  [422, 'Unprocessable Content'],
  [423, 'Locked'],
  [424, 'Failed Dependency'],
  [425, 'Too Early'],
  [426, 'Upgrade Required'],
  [428, 'Precondition Required'],
  [429, 'Too Many Requests'],
  [431, 'Request Header Fields Too Large'],
  [451, 'Unavailable For Legal Reasons'],
  [500, 'Internal Server Error'],
  [501, 'Not Implemented'],
  [502, 'Bad Gateway'],
  [503, 'Service Unavailable'],
  [504, 'Gateway Timeout'],
  [505, 'HTTP Version Not Supported'],
  [506, 'Variant Also Negotiates'],
  [507, 'Insufficient Storage'],
  [508, 'Loop Detected'],
  [510, 'Not Extended (OBSOLETED)'],
  [511, 'Network Authentication Required'],
];

const registered = allRecords.filter((record) => record.registered);
const vendorRecords = allRecords.filter((record) => !record.registered);

function record(code: number): StatusRecord {
  const found = recordByCode.get(code);
  if (found === undefined) throw new Error(`no record for ${code}`);
  return found;
}

describe('registered codes', () => {
  it('match the IANA registry exactly: 64 codes (1xx 5, 2xx 10, 3xx 9, 4xx 29, 5xx 11)', () => {
    expect(IANA_REGISTRY).toHaveLength(64);
    expect(registered.map((r) => r.code)).toEqual(IANA_REGISTRY.map(([code]) => code));
    const perClass = [1, 2, 3, 4, 5].map(
      (digit) => registered.filter((r) => Math.floor(r.code / 100) === digit).length,
    );
    expect(perClass).toEqual([5, 10, 9, 29, 11]);
  });

  it.each(IANA_REGISTRY)('%i has its registry name %s', (code, name) => {
    expect(record(code).name).toBe(name);
  });

  it('says 104 is a temporary registration', () => {
    expect(record(104).notes.join(' ')).toMatch(/temporary/i);
  });
});

describe('every record', () => {
  it('appears once, sorted by code, with a three-digit code', () => {
    const codes = allRecords.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
    for (const code of codes) expect(code >= 100 && code <= 599 && Number.isInteger(code)).toBe(true);
  });

  it.each(allRecords.map((r) => [r.code, r] as const))('%i has every text field filled in', (_code, r) => {
    for (const text of [r.name, r.summary, r.description, r.retry.explanation])
      expect(text.trim()).not.toBe('');
    for (const list of [r.whenYouSeeIt, r.causes, r.handling, r.notes]) {
      expect(list.length).toBeGreaterThan(0);
      for (const item of list) expect(item.trim()).not.toBe('');
    }
    expect(r.confusedWith.length).toBeGreaterThan(0);
    for (const entry of r.confusedWith) {
      expect(entry.code).not.toBe(r.code);
      expect(recordByCode.has(entry.code), `${r.code} links to unknown ${entry.code}`).toBe(true);
      expect(entry.explanation.trim()).not.toBe('');
    }
  });
});

describe('names follow RFC 9110, old names are kept as former names', () => {
  it.each([
    [413, 'Content Too Large', 'Payload Too Large'],
    [413, 'Content Too Large', 'Request Entity Too Large'],
    [422, 'Unprocessable Content', 'Unprocessable Entity'],
    [302, 'Found', 'Moved Temporarily'],
    [418, '(Unused)', "I'm a teapot"],
  ])('%i is "%s", formerly "%s"', (code, name, former) => {
    expect(record(code).name).toBe(name);
    expect(record(code).formerNames).toContain(former);
  });
});

describe('vendor codes', () => {
  it.each([
    [444, 'nginx'],
    [494, 'nginx'],
    [495, 'nginx'],
    [496, 'nginx'],
    [497, 'nginx'],
    [499, 'nginx'],
    [498, 'Esri ArcGIS'],
    [460, 'AWS Elastic Load Balancing'],
    [463, 'AWS Elastic Load Balancing'],
    [561, 'AWS Elastic Load Balancing'],
    [440, 'Microsoft IIS'],
    [449, 'Microsoft IIS'],
    [520, 'Cloudflare'],
    [521, 'Cloudflare'],
    [522, 'Cloudflare'],
    [523, 'Cloudflare'],
    [524, 'Cloudflare'],
    [525, 'Cloudflare'],
    [526, 'Cloudflare'],
    [527, 'Cloudflare'],
  ])('%i is unregistered and attributed to %s', (code, vendor) => {
    expect(record(code).registered).toBe(false);
    expect(record(code).vendor).toBe(vendor);
  });

  it('are exactly the unregistered records, and every one names its vendor', () => {
    for (const r of vendorRecords) expect(r.vendor, String(r.code)).toBeTruthy();
    for (const r of registered) expect(r.vendor, String(r.code)).toBeUndefined();
  });
});

describe('spec references', () => {
  const withSpec = allRecords.filter((r) => r.spec !== undefined);

  it('every registered code has one', () => {
    expect(registered.filter((r) => r.spec === undefined).map((r) => r.code)).toEqual([]);
  });

  it.each(withSpec.map((r) => [r.code, r.spec?.url ?? ''] as const))(
    '%i links over https to a known source: %s',
    (code, url) => {
      const parsed = new URL(url);
      expect(parsed.protocol).toBe('https:');
      const allowedHosts = record(code).registered
        ? ['www.rfc-editor.org', 'datatracker.ietf.org']
        : ['nginx.org', 'developers.cloudflare.com', 'docs.aws.amazon.com'];
      expect(allowedHosts).toContain(parsed.hostname);
    },
  );

  it.each(
    withSpec
      .filter((r) => r.spec?.label.startsWith('RFC '))
      .map((r) => [r.code, r.spec?.label ?? '', r.spec?.url ?? ''] as const),
  )('%i: label %s agrees with its URL', (_code, label, url) => {
    const match = /^RFC (\d+) §([\d.]+)$/.exec(label);
    expect(match).not.toBeNull();
    expect(url).toBe(`https://www.rfc-editor.org/rfc/rfc${match?.[1]}#section-${match?.[2]}`);
  });

  it('RFC 9110 sections follow the code order inside each class (15.2 for 1xx ... 15.6 for 5xx)', () => {
    const rfc9110 = registered.filter((r) => r.spec?.label.startsWith('RFC 9110 §'));
    const byClass = new Map<number, number[]>();
    for (const r of rfc9110) {
      const [chapter, classSection, item] = (r.spec?.label.replace('RFC 9110 §', '') ?? '')
        .split('.')
        .map(Number);
      const digit = Math.floor(r.code / 100);
      expect(chapter).toBe(15);
      expect(classSection, String(r.code)).toBe(digit + 1);
      byClass.set(digit, [...(byClass.get(digit) ?? []), item ?? 0]);
    }
    for (const items of byClass.values()) expect(items).toEqual(items.map((_, i) => i + 1));
    // Every code RFC 9110 defines is there: 2 + 7 + 9 + 22 + 6.
    expect(rfc9110).toHaveLength(46);
  });

  it.each([
    [429, 'RFC 6585 §4'],
    [428, 'RFC 6585 §3'],
    [431, 'RFC 6585 §5'],
    [511, 'RFC 6585 §6'],
    [451, 'RFC 7725 §3'],
    [103, 'RFC 8297 §2'],
    [425, 'RFC 8470 §5.2'],
    [207, 'RFC 4918 §11.1'],
    [208, 'RFC 5842 §7.1'],
    [508, 'RFC 5842 §7.2'],
    [226, 'RFC 3229 §10.4.1'],
    [506, 'RFC 2295 §8.1'],
    [510, 'RFC 2774 §7'],
    [102, 'RFC 2518 §10.1'],
    [418, 'RFC 9110 §15.5.19'],
    [421, 'RFC 9110 §15.5.20'],
    [422, 'RFC 9110 §15.5.21'],
    [413, 'RFC 9110 §15.5.14'],
  ])('%i cites %s', (code, label) => {
    expect(record(code).spec?.label).toBe(label);
  });
});

describe('retry verdicts', () => {
  it.each([
    [100, 'not-applicable'],
    [200, 'not-applicable'],
    [204, 'not-applicable'],
    [301, 'not-applicable'],
    [304, 'not-applicable'],
    [400, 'after-fix'],
    [401, 'after-fix'],
    [403, 'after-fix'],
    [404, 'never'],
    [405, 'never'],
    [408, 'with-backoff'],
    [409, 'after-fix'],
    [410, 'never'],
    [411, 'after-fix'],
    [412, 'after-fix'],
    [413, 'after-fix'],
    [414, 'after-fix'],
    [415, 'after-fix'],
    [422, 'after-fix'],
    [425, 'with-backoff'],
    [429, 'with-backoff'],
    [500, 'after-verify'],
    [501, 'never'],
    [502, 'with-backoff'],
    [503, 'with-backoff'],
    [504, 'after-verify'],
    [505, 'never'],
  ])('%i: %s', (code, verdict) => {
    expect(record(code).retry.verdict).toBe(verdict);
  });

  it('no 1xx, 2xx or 3xx record calls for a retry', () => {
    const successLike = allRecords.filter((r) => r.code < 400 && r.retry.verdict !== 'not-applicable');
    expect(successLike.map((r) => r.code)).toEqual([]);
  });
});

describe('commonly confused codes link to each other', () => {
  it.each([
    [401, 403],
    [400, 422],
    [404, 410],
    [302, 303],
    [302, 307],
    [303, 307],
    [301, 308],
    [502, 504],
    [503, 429],
    [500, 502],
  ])('%i <-> %i', (a, b) => {
    expect(record(a).confusedWith.map((c) => c.code)).toContain(b);
    expect(record(b).confusedWith.map((c) => c.code)).toContain(a);
  });
});

/** Facts from the seed article each record must carry (in the catalogue's own words). */
describe('seed article facts', () => {
  type Field = 'summary' | 'description' | 'whenYouSeeIt' | 'causes' | 'handling' | 'notes' | 'retry';
  const text = (r: StatusRecord, field: Field): string => {
    const value = r[field];
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.join('\n');
    return r.retry.explanation;
  };

  it.each<[number, Field, RegExp]>([
    [200, 'handling', /shape|structure/],
    [200, 'handling', /null/],
    [201, 'handling', /Location/],
    [201, 'handling', /ID/],
    [202, 'handling', /poll/i],
    [204, 'handling', /parse/],
    [204, 'notes', /body/],
    [206, 'handling', /Content-Range/],
    [206, 'handling', /[Aa]ppend/],
    [301, 'whenYouSeeIt', /HTTPS/],
    [301, 'notes', /[Cc]acheable by default/],
    [302, 'notes', /301/],
    [302, 'notes', /303/],
    [302, 'handling', /original URL/],
    [304, 'description', /never a body/],
    [304, 'handling', /cached/],
    [307, 'summary', /same method/],
    [308, 'summary', /same method/],
    [308, 'notes', /[Cc]acheable by default/],
    [400, 'causes', /trailing comma/],
    [400, 'handling', /Never retry/],
    [401, 'notes', /WWW-Authenticate/],
    [401, 'handling', /refresh/],
    [401, 'causes', /[Ee]xpired/],
    [403, 'handling', /Do not repeat it unchanged with the same credentials/],
    [403, 'causes', /IP allowlist/],
    [404, 'handling', /loop/],
    [404, 'handling', /stale/],
    [405, 'notes', /Allow/],
    [409, 'handling', /re-fetch/],
    [409, 'causes', /[Oo]ptimistic locking/],
    [410, 'handling', /stored reference/],
    [422, 'notes', /Unprocessable Entity/],
    [422, 'handling', /field/],
    [429, 'handling', /Retry-After/],
    [429, 'handling', /1 s, 2 s, 4 s, 8 s/],
    [429, 'handling', /jitter of 100 to 500 ms/],
    [429, 'handling', /five/],
    [429, 'handling', /[Nn]ever retry/],
    [500, 'notes', /triggered by the request/],
    [500, 'notes', /may have written data/],
    [500, 'handling', /status page/],
    [502, 'handling', /status page/],
    [503, 'handling', /Queue/],
    [503, 'handling', /Retry-After/],
    [504, 'handling', /[Ii]dempotency key/],
    [504, 'description', /may still have processed/],
  ])('%i %s mentions %s', (code, field, pattern) => {
    expect(text(record(code), field)).toMatch(pattern);
  });

  it('4xx codes that are retryable say they are exceptions to the rule', () => {
    for (const code of [408, 425, 429])
      expect(record(code).notes.join(' '), String(code)).toMatch(/exception/);
  });

  it('5xx codes that are not worth retrying say so', () => {
    for (const code of [501, 505]) expect(record(code).notes.join(' '), String(code)).toMatch(/exception/i);
  });
});
