import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonValue, randomSource, seed, writeJson } from '../diff/jsonArbitraries';
import { propertyRuns } from '../../test/propertyRuns';
import { formatJson } from './formatJson';
import { minifyJson } from './minifyJson';

/**
 * formatJson and minifyJson on random documents written every which way (fast-check): every token
 * survives exactly as written (number text, string escapes), only whitespace between tokens changes,
 * and both are idempotent and agree with each other.
 */

/** Numbers as writers spell them: what JSON.parse would round, reformat or overflow. */
const numberText = fc.oneof(
  fc.constantFrom('1.10', '-0', '0.0', '1E+400', '1e-999', '12345678901234567890', '-1.5e-3', '100e0'),
  fc
    .tuple(
      fc.boolean(),
      fc.bigInt({ min: 0n, max: 10n ** 30n }),
      fc.option(fc.nat(9999)),
      fc.option(fc.integer()),
    )
    .map(
      ([minus, int, fraction, exponent]) =>
        `${minus ? '-' : ''}${int}${fraction === null ? '' : `.${fraction}`}${exponent === null ? '' : `e${exponent}`}`,
    ),
);

/** A written document with some numbers replaced by number text JSON.parse would not keep. */
const document = fc
  .tuple(jsonValue, seed, fc.array(numberText, { maxLength: 6 }))
  .map(([value, s, numbers]) => {
    let next = 0;
    // Replace whole number tokens outside strings: a number follows `[`, `,`, `:` or starts the text.
    return writeJson(value, randomSource(s)).replace(
      /("(?:[^"\\]|\\.)*")|(^|[[,:]\s*)(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g,
      (all, string: string | undefined, before: string, number: string) =>
        string !== undefined ? all : `${before}${numbers[next++ % Math.max(1, numbers.length)] ?? number}`,
    );
  });

const indent = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant('tab' as const));

/** The tokens of a valid JSON text, as written: strings, numbers, literals and punctuation. */
const TOKEN = /"(?:[^"\\]|\\.)*"|-?[0-9][0-9.eE+-]*|true|false|null|[{}[\]:,]/g;
const tokens = (text: string): string[] => text.match(TOKEN) ?? [];
/** What lies between the tokens of a text. */
const betweenTokens = (text: string): string => text.replace(TOKEN, '');

/** The text formatJson or minifyJson gave, failing the property when it gave an error. */
function textOf(result: ReturnType<typeof formatJson>): string {
  if (!result.ok) throw new Error(`unexpected error: ${result.error.message}`);
  return result.text;
}

describe('formatJson and minifyJson keep every token', () => {
  it('format changes only whitespace: the tokens are those of the input, as written', () => {
    fc.assert(
      fc.property(document, indent, (text, width) => {
        const formatted = textOf(formatJson(text, { indent: width }));
        expect(tokens(formatted)).toEqual(tokens(text));
        expect(betweenTokens(formatted)).toMatch(/^[ \t\n]*$/);
      }),
      propertyRuns(300),
    );
  });

  it('minify is the tokens joined, nothing between them', () => {
    fc.assert(
      fc.property(document, (text) => {
        expect(textOf(minifyJson(text))).toBe(tokens(text).join(''));
      }),
      propertyRuns(300),
    );
  });

  it('format is idempotent, and minify ∘ format = minify, format ∘ minify = format', () => {
    fc.assert(
      fc.property(document, indent, (text, width) => {
        const formatted = textOf(formatJson(text, { indent: width }));
        const minified = textOf(minifyJson(text));
        expect(textOf(formatJson(formatted, { indent: width }))).toBe(formatted);
        expect(textOf(minifyJson(formatted))).toBe(minified);
        expect(textOf(formatJson(minified, { indent: width }))).toBe(formatted);
        expect(textOf(minifyJson(minified))).toBe(minified);
      }),
      propertyRuns(300),
    );
  });

  it('lays out as JSON.stringify(value, null, indent) where JSON.parse keeps every token', () => {
    fc.assert(
      fc.property(jsonValue, indent, (value, width) => {
        const text = JSON.stringify(value);
        const expected = JSON.stringify(value, null, width === 'tab' ? '\t' : width);
        expect(textOf(formatJson(text, { indent: width }))).toBe(expected);
      }),
      propertyRuns(300),
    );
  });

  it('sorting keys keeps every token and is idempotent', () => {
    fc.assert(
      fc.property(document, indent, (text, width) => {
        const sorted = textOf(formatJson(text, { indent: width, sortKeys: true }));
        expect(tokens(sorted).sort()).toEqual(tokens(text).sort());
        expect(textOf(formatJson(sorted, { indent: width, sortKeys: true }))).toBe(sorted);
      }),
      propertyRuns(200),
    );
  });
});
