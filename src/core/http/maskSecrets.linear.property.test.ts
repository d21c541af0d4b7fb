import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countStringWork } from '../../test/countStringWork';
import { propertyRuns } from '../../test/propertyRuns';
import { hasSecretMember } from './secretMembers';
import { isSecretBodyValue, maskSecretMembers } from './maskSecrets';

/**
 * Secret masking stays linear, counted rather than timed (countStringWork): on any text built from
 * the pieces that once made it quadratic (secret words, quotes, colons, backslashes, line breaks),
 * the characters read stay under a fixed multiple of the text's length, and four times the text
 * costs four times the reads.
 */

/** Bounded reads per character of input: today's scans read each character at most ~4 times. */
const READS_PER_CHAR = 8;
const READS_FIXED = 64;

const PIECES = [
  'token',
  'password',
  ' ',
  '"',
  ':',
  '\\',
  '\n',
  '"token"',
  '"token":',
  '"token": "',
  '"api_key":"x"',
  '{',
  '}',
  ',',
  'a',
  'é',
];
const hostileText = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 400 })
  .chain((pieces) => fc.integer({ min: 1, max: 20 }).map((times) => pieces.join('').repeat(times)));

const MASKERS: readonly [string, (text: string) => unknown][] = [
  ['maskSecretMembers', maskSecretMembers],
  ['isSecretBodyValue', (text) => isSecretBodyValue('/data/0/value', text)],
  ['hasSecretMember', hasSecretMember],
];

/** Texts of length ~n that made masking quadratic before, or would make a rescan quadratic. */
const FAMILIES: readonly [string, (n: number) => string][] = [
  ['a string of repeated "token "', (n) => `"${'token '.repeat(n / 6)}"`],
  ['one long word of "token"', (n) => 'token'.repeat(n / 5)],
  ['secret members', (n) => `{${'"token":"x",'.repeat(n / 12)}"a":1}`],
  ['secret keys without a colon', (n) => '"token" '.repeat(n / 8)],
  ['a secret value left open', (n) => `{"token": "${'a\\"'.repeat(n / 3)}`],
  ['quotes only', (n) => '"'.repeat(n)],
  ['quoted keys, each on its own line', (n) => '"token"\n:'.repeat(n / 9)],
  ['backslashes before line breaks', (n) => '"\\\n'.repeat(n / 3)],
];

describe('secret masking is linear (characters read, counted)', () => {
  it.each(MASKERS)('%s reads each character a bounded number of times, whatever the text', (_name, mask) => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const { work } = countStringWork(() => mask(text));
        expect(work, `${work} reads for ${text.length} characters`).toBeLessThanOrEqual(
          READS_PER_CHAR * text.length + READS_FIXED,
        );
      }),
      propertyRuns(100),
    );
  });

  it.each(
    MASKERS.flatMap(([name, mask]) => FAMILIES.map(([family, make]) => [name, family, mask, make] as const)),
  )('%s, %s: four times the text, at most ~four times the reads', (_name, _family, mask, make) => {
    const small = countStringWork(() => mask(make(5_000))).work;
    const large = countStringWork(() => mask(make(20_000))).work;
    expect(large).toBeLessThanOrEqual(4.2 * small + READS_FIXED);
  });

  it('the count sees a rescan: a scan that starts over at each secret word reads quadratically', () => {
    const rescanning = (text: string): number => {
      let found = 0;
      for (let at = text.indexOf('token'); at >= 0; at = text.indexOf('token', at + 1))
        if (/"\s*:/.test(text.slice(at))) found++;
      return found;
    };
    const small = countStringWork(() => rescanning('token '.repeat(500))).work;
    const large = countStringWork(() => rescanning('token '.repeat(2_000))).work;
    expect(large).toBeGreaterThan(12 * small);
  });
});
