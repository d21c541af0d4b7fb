import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonValue, randomSource, seed, writeJson } from '../diff/jsonArbitraries';
import { propertyRuns } from '../../test/propertyRuns';
import { checkJson } from './checkJson';

/**
 * checkJson against V8's JSON.parse as the oracle (fast-check): it accepts exactly what JSON.parse
 * accepts (a leading byte order mark aside, which it allows and JSON.parse does not), and where V8's
 * message gives a position, checkJson's error points at the same fault.
 */

/** Characters that matter to a JSON scanner, so random texts are often nearly valid. */
const JSON_CHARS = [...'{}[]:,"\\ \n\t\r0123456789-+.eEtrufalsnu', '\u0000', '\u001f', 'é', '😀', '\ud800'];
const jsonishText = fc.string({ unit: fc.constantFrom(...JSON_CHARS), maxLength: 40 });

/** A valid document as some writer might format it. */
const writtenJson = fc.tuple(jsonValue, seed).map(([value, s]) => writeJson(value, randomSource(s)));

type Mutation = 'delete' | 'insert' | 'replace' | 'truncate' | 'duplicate';
const mutation = fc.record({
  kind: fc.constantFrom<Mutation>('delete', 'insert', 'replace', 'truncate', 'duplicate'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 8 }),
  char: fc.constantFrom(...JSON_CHARS),
});

/** A valid document broken in one place: the errors a hand edit or a cut-off paste makes. */
const brokenJson = fc
  .tuple(writtenJson, fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([text, mutations]) =>
    mutations.reduce((t, m) => {
      const at = t.length === 0 ? 0 : m.at % (t.length + 1);
      if (m.kind === 'delete') return t.slice(0, at) + t.slice(at + m.length);
      if (m.kind === 'insert') return t.slice(0, at) + m.char + t.slice(at);
      if (m.kind === 'replace') return t.slice(0, at) + m.char + t.slice(at + 1);
      if (m.kind === 'truncate') return t.slice(0, at);
      return t.slice(0, at) + t.slice(at, at + m.length) + t.slice(at);
    }, text),
  );

const anyText = fc.oneof(writtenJson, brokenJson, jsonishText, fc.string({ unit: 'binary', maxLength: 30 }));

/** JSON.parse's verdict, and the position its message names ("... in JSON at position 12"), if any. */
function v8Verdict(text: string): { ok: true } | { ok: false; position: number | undefined } {
  try {
    JSON.parse(text);
    return { ok: true };
  } catch (error) {
    const message = (error as SyntaxError).message;
    if (message === 'Unexpected end of JSON input') return { ok: false, position: text.length };
    const match = / at position (\d+)/.exec(message);
    return { ok: false, position: match ? Number(match[1]) : undefined };
  }
}

const STRUCTURAL = new Set([...'{}[]:,', ' ', '\n', '\t', '\r']);

/**
 * The stretch a checkJson error at `offset` points at: the token starting there (a run of characters
 * up to the next structural character or whitespace; a comma with the whitespace after it) and the
 * character that ends it. V8 names a place inside that stretch when both report the same fault:
 * checkJson points at the start of the offending token (`01`, `\x`, a trailing comma), V8 at the
 * character where it gave up (`1`, `x`, the `}` after the comma).
 */
function faultStretch(text: string, offset: number): [number, number] {
  let end = offset;
  if (text[end] === ',') {
    end++;
    while (end < text.length && ' \n\t\r'.includes(text[end] as string)) end++;
  } else if (text[end] === '"' || !STRUCTURAL.has(text[end] ?? '')) {
    // A string token runs to its closing quote, whatever it holds.
    const inString = text[end] === '"' || text.lastIndexOf('"', offset) > text.lastIndexOf('\n', offset);
    end++;
    while (end < text.length && text[end] !== '"' && (inString || !STRUCTURAL.has(text[end] as string)))
      end++;
  }
  return [offset, end + 1];
}

describe('checkJson agrees with JSON.parse', () => {
  it('accepts exactly what JSON.parse accepts (a leading byte order mark aside)', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (body, bom) => {
        const text = bom ? `\ufeff${body}` : body;
        expect(checkJson(text).ok).toBe(v8Verdict(body).ok);
      }),
      propertyRuns(400),
    );
  });

  it('points at the fault V8 names, where V8 names a position', () => {
    fc.assert(
      fc.property(fc.oneof(brokenJson, jsonishText), (text) => {
        const v8 = v8Verdict(text);
        const ours = checkJson(text);
        if (v8.ok || ours.ok || v8.position === undefined) return;
        const [from, to] = faultStretch(text, ours.error.offset);
        const where = { text, v8: v8.position, offset: ours.error.offset, message: ours.error.message };
        expect(from <= v8.position && v8.position <= to, JSON.stringify(where)).toBe(true);
      }),
      propertyRuns(400),
    );
  });

  it.each([
    ['[1 2]', 3],
    ['"abc', 4],
    ['{"a" 1}', 5],
    ['{"a":1}x', 7],
    ['1 2', 2],
    ['{"a"', 4],
    ['[', 1],
  ])('%j: the same offset as V8 (%i)', (text, position) => {
    const ours = checkJson(text);
    expect(v8Verdict(text)).toEqual({ ok: false, position });
    expect(!ours.ok && ours.error.offset).toBe(position);
  });
});
