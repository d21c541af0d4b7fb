import { readdirSync, readFileSync } from 'node:fs';
import { DisplayString, Token } from 'structured-headers';
import { describe, expect, it } from 'vitest';
import {
  readSfDictionary,
  readSfItem,
  readSfList,
  type BareItem,
  type InnerList,
  type Item,
} from './structuredFields';

/**
 * The httpwg structured-field-tests (tests/fixtures/structured-field-tests, with their licence), run
 * through the readers the diagnosis uses: every field that must parse gives the expected structure,
 * every field that must fail is ignored whole.
 */
interface Case {
  name: string;
  raw?: string[];
  header_type: 'item' | 'list' | 'dictionary';
  expected?: unknown;
  must_fail?: boolean;
  can_fail?: boolean;
}

const DIR = new URL('../../../tests/fixtures/structured-field-tests/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json'));

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out.padEnd(Math.ceil(out.length / 8) * 8, '=');
}

/** The test suite's JSON form of a parsed value (see its README). */
function bare(value: BareItem): unknown {
  if (value instanceof Token) return { __type: 'token', value: value.toString() };
  if (value instanceof DisplayString) return { __type: 'displaystring', value: value.toString() };
  if (value instanceof Date) return { __type: 'date', value: value.getTime() / 1000 };
  if (value instanceof ArrayBuffer) return { __type: 'binary', value: base32(new Uint8Array(value)) };
  // JSON has no -0: the suite writes "-0" as 0.
  return value === 0 ? 0 : value;
}

/** Seconds a JavaScript Date can hold (±8.64e15 ms); the package gives an invalid Date past them. */
const JS_DATE_SECONDS = 8.64e12;
/** The expected structure as JavaScript can hold it: dates past a Date's range become NaN. */
function inJavaScript(expected: unknown): unknown {
  if (Array.isArray(expected)) return expected.map(inJavaScript);
  if (typeof expected === 'object' && expected !== null && '__type' in expected) {
    const { __type, value } = expected as { __type: string; value: unknown };
    if (__type === 'date' && typeof value === 'number' && Math.abs(value) > JS_DATE_SECONDS)
      return { __type, value: NaN };
  }
  return expected;
}
const params = (p: Map<string, BareItem>): unknown[] => [...p].map(([k, v]) => [k, bare(v)]);
const member = (m: Item | InnerList): unknown =>
  Array.isArray(m[0])
    ? [(m[0] as Item[]).map((i) => [bare(i[0]), params(i[1])]), params(m[1])]
    : [bare(m[0] as BareItem), params(m[1])];

function read(c: Case): unknown {
  const lines = c.raw ?? [];
  if (c.header_type === 'item') {
    const item = readSfItem(lines);
    return item && member(item);
  }
  if (c.header_type === 'list') return readSfList(lines)?.map(member);
  const dictionary = readSfDictionary(lines);
  return dictionary && [...dictionary].map(([k, m]) => [k, member(m)]);
}

describe.each(FILES)('structured-field-tests %s', (file) => {
  const cases = JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as Case[];
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = read(c);
    if (c.must_fail) expect(result).toBeUndefined();
    else if (c.can_fail && result === undefined) return;
    else expect(result).toEqual(inJavaScript(c.expected));
  });
});
