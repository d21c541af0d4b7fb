import { describe, expect, it } from 'vitest';
import type { JsonWarning } from '../types';
import { checkJson } from './checkJson';
import { MAX_WARNINGS_PER_KIND, NESTING_WARNING_DEPTH } from './jsonLimits';

function errorOf(text: string) {
  const result = checkJson(text);
  if (result.ok) throw new Error(`expected an error for ${JSON.stringify(text)}`);
  return result.error;
}

function warningsOf(text: string): JsonWarning[] {
  const result = checkJson(text);
  if (!result.ok) throw new Error(`unexpected error: ${result.error.message}`);
  return result.warnings;
}

describe('checkJson error wording', () => {
  it.each([
    ['[\u0000]', 'Unexpected invisible character U+0000: a value was expected.'],
    ['{\u0007}', 'Expected a property name in double quotes, found the invisible character U+0007.'],
    ['[1\u0000]', 'Expected `,` or `]` after the value, found the invisible character U+0000.'],
    ['{}\u0000', 'Unexpected invisible character U+0000 after the end of the JSON value.'],
    ['[@]', 'Unexpected `@`: a value was expected.'],
  ])('%j says %j', (text, message) => {
    expect(errorOf(text).message).toBe(message);
  });
});

describe('checkJson errors', () => {
  // [input, line, column, words expected in the message or hint]
  it.each([
    ['{"a": 1,}', 1, 8, ['Trailing comma', 'object']],
    ['[1, 2,]', 1, 6, ['Trailing comma', 'array']],
    ['[1,\n  2,\n]', 2, 4, ['Trailing comma']],
    ["{'a': 1}", 1, 2, ['Property names', 'double quotes', '"a"']],
    ['["ok", \'no\']', 1, 8, ['Strings', 'single quotes', '"no"']],
    ['{a: 1}', 1, 2, ['not in double quotes', '"a"']],
    ['{"a": 1 // note\n}', 1, 9, ['Comments', '//']],
    ['/* header */ {}', 1, 1, ['Comments', '/*']],
    ['[1 2]', 1, 4, ['Missing comma', 'array items']],
    ['{"a": 1\n "b": 2}', 2, 2, ['Missing comma', 'properties']],
    ['{"a": "b" "c": 1}', 1, 11, ['Missing comma']],
    ['{"a" 1}', 1, 6, ['Missing colon', '"a"']],
    ['{"a", "b"}', 1, 5, ['no value', 'array']],
    ['{"a" = 1}', 1, 6, ['`=`', 'colon']],
    ['[1, 2}', 1, 6, ['does not match', 'array opened at line 1, column 1']],
    ['{"a": [1}', 1, 9, ['does not match', 'missing its `]`']],
    ['{"a": [1, 2]', 1, 13, ['never closed', 'object opened at line 1, column 1', '`}`']],
    ['[[1]', 1, 5, ['never closed', 'line 1, column 1']],
    ['"abc', 1, 5, ['Unclosed string', 'closing double quote']],
    ['[NaN]', 1, 2, ['NaN', 'null']],
    ['[Infinity]', 1, 2, ['Infinity']],
    ['[-Infinity]', 1, 2, ['-Infinity', 'NaN or Infinity']],
    ['{"a": undefined}', 1, 7, ['undefined', 'null']],
    ['[True, False]', 1, 2, ['`True`', '`true`', 'Python']],
    ['{"ok": None}', 1, 8, ['`None`', '`null`']],
    ['tru', 1, 1, ['Did you mean `true`']],
    ['012', 1, 1, ['leading zeros', 'Write 12']],
    ['[-007]', 1, 2, ['leading zeros', '-7']],
    ['[.5]', 1, 2, ['decimal point', '0.5']],
    ['[5.]', 1, 2, ['followed by a digit', '5.0']],
    ['[+1]', 1, 2, ['plus sign']],
    ['[0x1F]', 1, 2, ['Hexadecimal', '31']],
    ['[1.2.3]', 1, 2, ['Invalid number', '1.2.3']],
    ['1e', 1, 1, ['exponent']],
    ['-', 1, 1, ['minus sign']],
    ['["a\tb"]', 1, 4, ['Tab', '\\t']],
    ['["line\nbreak"]', 1, 7, ['Line break inside a string', '\\n', 'closing quote']],
    ['["a\u0001"]', 1, 4, ['U+0001', '\\u0001']],
    ['["\\x41"]', 1, 3, ['\\x41', '\\u0041']],
    ['["it\\\'s"]', 1, 5, ["`\\'`", 'single quote needs no escape']],
    ['["\\u12G4"]', 1, 3, ['\\u12G4', 'four hexadecimal digits']],
    ['["C:\\temp\\new\\q"]', 1, 14, ['Invalid escape', '\\\\']],
    ['["a"b]', 1, 5, ['right after a string', '\\"']],
    ['{} {}', 1, 4, ['second JSON document', 'array']],
    ['{"a": 1}\n{"a": 2}', 2, 1, ['JSON Lines']],
    ['{}}', 1, 3, ['Extra closing bracket']],
    ['[1],', 1, 4, ['comma after the end', 'wrap them in an array']],
    ['', 1, 1, ['Nothing to check', 'empty']],
    [' \n\t', 2, 2, ['Nothing to check', 'whitespace']],
    ['[1,,2]', 1, 4, ['Two commas']],
    ['[,1]', 1, 2, ['Unexpected comma']],
    ['{"a":}', 1, 6, ['Missing value after the colon']],
    ['{"a": 1,,}', 1, 9, ['Two commas']],
    ['[1: 2]', 1, 3, ['colon in an array']],
    ['hello', 1, 1, ['double quotes', '"hello"']],
    ['\uFEFF\uFEFF{}', 1, 2, ['byte order mark']],
    ['[1] // trailing', 1, 5, ['Comments']],
  ])('%j → line %i, column %i', (text, line, column, words) => {
    const error = errorOf(text);
    expect({ line: error.line, column: error.column }).toEqual({ line, column });
    const said = `${error.message} ${error.hint ?? ''}`;
    for (const word of words) expect(said).toContain(word);
  });

  it.each([
    ['{"a": [1, 2}', 1, 7],
    ['{\n  "list": [\n    1\n}', 2, 11],
    ['{"a": "never ends', 1, 7],
    ['{"a": "spans\nlines"}', 1, 7],
  ])('%j points `related` at the opening bracket or quote (%i:%i)', (text, line, column) => {
    const error = errorOf(text);
    expect(error.related).toMatchObject({
      line,
      column,
      offset:
        text
          .split('\n')
          .slice(0, line - 1)
          .join('\n').length +
        (line > 1 ? 1 : 0) +
        column -
        1,
    });
  });

  it.each([
    ['LF', '{\n  "a": 1,\n}', 2, 9],
    ['CRLF', '{\r\n  "a": 1,\r\n}', 2, 9],
    ['CR', '{\r  "a": 1,\r}', 2, 9],
    ['mixed', '[\r\n1,\n2,\r3,\r\n]', 4, 2],
    ['astral on the line', '{"😀": x}', 1, 8],
    ['astral on a later line', '[\n"😀😀", oops]', 2, 9],
  ])('counts positions with %s line breaks and UTF-16 columns', (_name, text, line, column) => {
    expect(errorOf(text)).toMatchObject({ line, column });
  });

  it('reports the UTF-16 offset of the error', () => {
    expect(errorOf('{"😀": x}').offset).toBe(7);
  });

  it('keeps the warnings found before an error', () => {
    const result = checkJson('{"a": 1, "a": 2');
    expect(result.ok).toBe(false);
    expect(result.warnings.map((w) => w.kind)).toEqual(['duplicate-key']);
  });
});

describe('checkJson accepts', () => {
  it.each([
    ['{}'],
    ['[]'],
    ['0'],
    ['-0.0e-0'],
    ['"just a string"'],
    ['null'],
    [' \t\r\n[true, false, null] \n'],
    ['{"nested": {"deep": [[[{}]]]}}'],
    ['"\\"\\\\\\/\\b\\f\\n\\r\\t\\u0000\\uFFFF"'],
    ['"😀 and \\ud83d\\ude00"'],
  ])('%j', (text) => {
    expect(checkJson(text)).toEqual({ ok: true, warnings: expect.any(Array) });
  });
});

describe('checkJson warnings', () => {
  it('reports duplicate keys with both positions and what JSON.parse keeps', () => {
    const [warning, ...rest] = warningsOf('{"a": 1,\n "a": 2}');
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      kind: 'duplicate-key',
      key: 'a',
      line: 2,
      column: 2,
      firstLine: 1,
      firstColumn: 2,
    });
    expect(warning?.message).toContain('last');
  });

  it.each([
    ['escaped spelling', '{"a": 1, "\\u0061": 2}', ['a']],
    ['three times', '{"k": 1, "k": 2, "k": 3}', ['k', 'k']],
    [
      'in a large object',
      `{${Array.from({ length: 200 }, (_, i) => `"k${i}": ${i}`).join(', ')}, "k7": 0}`,
      ['k7'],
    ],
    [
      'large object, escaped',
      `{${Array.from({ length: 50 }, (_, i) => `"k${i}": ${i}`).join(', ')}, "\\u006b3": 0}`,
      ['k3'],
    ],
    ['same key in sibling objects', '{"a": {"x": 1}, "b": {"x": 2}}', []],
    ['same key at different depths', '{"x": {"x": {"x": 1}}}', []],
    ['after a nested object closes', '{"a": {"b": 1, "c": 2}, "b": 3, "a": 4}', ['a']],
    ['1000 distinct keys', `{${Array.from({ length: 1000 }, (_, i) => `"key-${i}": true`).join(',')}}`, []],
    ['keys in an array of objects', '[{"id": 1}, {"id": 2}]', []],
  ])('duplicate keys: %s', (_name, text, keys) => {
    const found = warningsOf(text).filter((w) => w.kind === 'duplicate-key');
    expect(found.map((w) => (w.kind === 'duplicate-key' ? w.key : ''))).toEqual(keys);
  });

  it.each([
    ['12345678901234567890', '12345678901234567000', 'precision'],
    ['9007199254740993', '9007199254740992', 'precision'],
    ['-9223372036854775809', '-9223372036854776000', 'precision'],
    ['0.30000000000000001', '0.3', 'precision'],
    ['1.000000000000000005', '1', 'precision'],
    ['1e400', 'Infinity', 'overflow'],
    ['-1E+400', '-Infinity', 'overflow'],
    ['1e-400', '0', 'underflow'],
    ['1.10', '1.1', 'notation'],
    ['1e3', '1000', 'notation'],
    ['1E+2', '100', 'notation'],
    ['-0', '0', 'notation'],
    ['0.0', '0', 'notation'],
    ['0.0000001', '1e-7', 'notation'],
    ['100000000000000000000000', '1e+23', 'notation'],
  ])('number %s → %s (%s)', (text, parsedAs, change) => {
    expect(String(Number(text))).toBe(parsedAs);
    const [warning] = warningsOf(`[${text}]`);
    expect(warning).toMatchObject({ kind: 'number-precision', text, parsedAs, change, line: 1, column: 2 });
    expect(warning?.message).toContain(text);
  });

  it.each([
    ['1.5'],
    ['100'],
    ['0'],
    ['-12.25'],
    ['9007199254740992'],
    ['123456789012345'],
    ['0.000001'],
    ['1e+21'],
    ['1.5e-7'],
  ])('no warning for %s, which JSON.parse keeps as written', (text) => {
    expect(warningsOf(text)).toEqual([]);
  });

  it.each([
    ['escaped high surrogate alone', '["\\uD800"]', 1],
    ['escaped low surrogate alone', '["\\uDC00"]', 1],
    ['escaped high then a non-surrogate', '["\\uD800\\u0041"]', 1],
    ['raw high surrogate alone', '["a\uD800b"]', 1],
    ['raw low surrogate alone', '["\uDC00"]', 1],
    ['escaped pair', '["\\uD83D\\uDE00"]', 0],
    ['raw pair', '["😀"]', 0],
    ['in a key', '{"\\uDFFF": 1}', 1],
  ])('lone surrogates: %s', (_name, text, count) => {
    const found = warningsOf(text).filter((w) => w.kind === 'lone-surrogate');
    expect(found).toHaveLength(count);
    if (count > 0)
      expect(found[0]).toMatchObject({
        line: 1,
        column: text.indexOf('\\') > 0 ? text.indexOf('\\') + 1 : expect.any(Number),
      });
  });

  it('accepts a leading byte order mark with a warning', () => {
    expect(warningsOf('\uFEFF{"a": 1}')).toEqual([
      expect.objectContaining({ kind: 'bom', line: 1, column: 1 }),
    ]);
  });

  it('caps each warning kind and says how many more there are', () => {
    const extra = 37;
    const members = Array.from({ length: MAX_WARNINGS_PER_KIND + extra + 1 }, () => '"same": 1').join(', ');
    const warnings = warningsOf(`{"big": 12345678901234567890, ${members}}`);
    const duplicates = warnings.filter((w) => w.kind === 'duplicate-key');
    expect(duplicates).toHaveLength(MAX_WARNINGS_PER_KIND);
    const summary = warnings.filter((w) => w.kind === 'warnings-truncated');
    expect(summary).toHaveLength(1);
    expect(summary[0]?.message).toContain(`${extra} more duplicate keys`);
    expect(summary[0]).toMatchObject({ of: 'duplicate-key', omitted: extra });
    // The other kind is still listed.
    expect(warnings.some((w) => w.kind === 'number-precision')).toBe(true);
  });

  it('groups the digits of a large left-out count, and says "1 more" in the singular', () => {
    const numbers = (n: number) => `[${Array.from({ length: n }, () => '1.10').join(',')}]`;
    const many = warningsOf(numbers(MAX_WARNINGS_PER_KIND + 145_200)).at(-1);
    expect(many?.message).toBe(
      `…and 145,200 more numbers that JSON.parse changes (only the first ${MAX_WARNINGS_PER_KIND} are listed).`,
    );
    const one = warningsOf(numbers(MAX_WARNINGS_PER_KIND + 1)).at(-1);
    expect(one?.message).toMatch(/^…and 1 more number that JSON\.parse changes /);
  });

  it('warns about nesting deeper than many parsers accept, at the deepest bracket', () => {
    const depth = NESTING_WARNING_DEPTH + 1;
    const text = `{"a": ${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}, "b": 1.50}`;
    const warnings = warningsOf(text);
    expect(warnings.map((w) => w.kind)).toEqual(['deep-nesting', 'number-precision']);
    expect(warnings[0]).toMatchObject({ depth, line: 1, column: 6 + depth - 1 });
    expect(warnings[0]?.message).toMatch(/65 levels deep.*System\.Text\.Json stops at 64/);
    expect(warningsOf('['.repeat(NESTING_WARNING_DEPTH) + ']'.repeat(NESTING_WARNING_DEPTH))).toEqual([]);
    // Invalid JSON still says how deep it went.
    const deep = checkJson('['.repeat(100_000));
    expect(deep.warnings[0]).toMatchObject({ kind: 'deep-nesting', depth: 100_000 });
  });

  it('lists warnings in text order with positions across lines', () => {
    const text = '{\n  "n": 1.10,\n  "n": 2\n}';
    expect(warningsOf(text).map((w) => [w.kind, w.line, w.column])).toEqual([
      ['number-precision', 2, 8],
      ['duplicate-key', 3, 3],
    ]);
  });
});
