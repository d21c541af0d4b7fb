import { describe, expect, it } from 'vitest';
import { checkJson } from './checkJson';
import { formatJson } from './formatJson';
import { formattedLengthLimit, MAX_FORMAT_GROWTH, MIN_FORMAT_BUDGET } from './jsonLimits';
import { minifyJson } from './minifyJson';

function format(text: string, options?: Parameters<typeof formatJson>[1]): string {
  const result = formatJson(text, options);
  if (!result.ok) throw new Error(`unexpected error: ${result.error.message}`);
  return result.text;
}

function minify(text: string): string {
  const result = minifyJson(text);
  if (!result.ok) throw new Error(`unexpected error: ${result.error.message}`);
  return result.text;
}

/** Documents JSON.parse reads without loss (plain strings, safe numbers, no integer-like keys). */
const PLAIN_DOCUMENTS = [
  '{"a":1,"b":[true,false,null],"c":{"d":"x","e":[]},"f":{}}',
  '[1,[2,[3,[4,{}]]],{"k":[{"z":-1.5e-7}]}]',
  '  {  "spaced"  :  [ 1 ,  2 ] ,\n\n "t" : "tab\\there" }  ',
  '"top-level string"',
  '42',
  '[]',
  '[{"id":"9f8e","tags":["a","b"],"geo":{"lat":48.8566,"lng":2.3522}}]',
];

/** Documents that exercise what a lossless formatter must keep. */
const LOSSLESS_DOCUMENTS = [
  '{"id":12345678901234567890,"price":1.10,"big":1E+400,"tiny":1e-400,"neg":-0,"exp":2.50e3}',
  '["\\u00e9","caf\\u00E9","\\/","😀","\\ud83d\\ude00","\\uD800"]',
  '{"dup":1,"dup":2,"b":{"z":[],"a":{}}}',
  '\uFEFF{"bom":true}',
  '{"a":"\uD800 raw lone surrogate"}',
];

const ALL_DOCUMENTS = [...PLAIN_DOCUMENTS, ...LOSSLESS_DOCUMENTS];
const INDENTS = [2, 4, 0, 1, 10, 'tab'] as const;

describe('formatJson', () => {
  it.each(PLAIN_DOCUMENTS.flatMap((doc) => [2, 4, 0, 7].map((indent) => [doc, indent] as const)))(
    'lays out %j like JSON.stringify with indent %i',
    (doc, indent) => {
      expect(format(doc, { indent })).toBe(JSON.stringify(JSON.parse(doc), null, indent));
    },
  );

  it('uses a tab per level for indent "tab", like JSON.stringify with "\\t"', () => {
    const doc = PLAIN_DOCUMENTS[1] ?? '';
    expect(format(doc, { indent: 'tab' })).toBe(JSON.stringify(JSON.parse(doc), null, '\t'));
  });

  it.each([
    [undefined, '{\n  "a": [\n    1\n  ]\n}'],
    [20, `{\n${' '.repeat(10)}"a": [\n${' '.repeat(20)}1\n${' '.repeat(10)}]\n}`],
    [-3, '{"a":[1]}'],
    [2.9, '{\n  "a": [\n    1\n  ]\n}'],
    [Number.NaN, '{\n  "a": [\n    1\n  ]\n}'],
  ])('indent %s is normalised (default 2, clamped 0-10, whole numbers)', (indent, expected) => {
    expect(format('{"a":[1]}', indent === undefined ? {} : { indent })).toBe(expected);
  });

  it('writes empty containers as {} and [], whatever whitespace they held', () => {
    expect(format('{"o": { \n }, "a": [\t\r\n]}')).toBe('{\n  "o": {},\n  "a": []\n}');
  });

  it('keeps numbers and escapes exactly as written', () => {
    const text = format(LOSSLESS_DOCUMENTS[0] ?? '');
    for (const token of ['12345678901234567890', '1.10', '1E+400', '1e-400', '-0', '2.50e3']) {
      expect(text).toContain(`: ${token}`);
    }
    const strings = format(LOSSLESS_DOCUMENTS[1] ?? '', { indent: 0 });
    expect(strings).toBe(LOSSLESS_DOCUMENTS[1]);
  });

  it('keeps a raw unpaired surrogate as the same code unit', () => {
    const text = format('{"a":"x\uD800y"}');
    expect(text).toBe('{\n  "a": "x\uD800y"\n}');
    expect(text.charCodeAt(11)).toBe(0xd800);
  });

  it('keeps non-ASCII text exactly, however much of it there is (written as UTF-8 bytes, grown as needed)', () => {
    const long = '東京 café 😀 '.repeat(50_000);
    const text = `{"a":"${long}","b":["ü",{"ß":"\\u00e9"}]}`;
    expect(minify(text) === text).toBe(true);
    expect(
      format(text) === `{\n  "a": "${long}",\n  "b": [\n    "ü",\n    {\n      "ß": "\\u00e9"\n    }\n  ]\n}`,
    ).toBe(true);
  });

  it('keeps a raw unpaired surrogate found late, after non-ASCII text (written again as UTF-16)', () => {
    const members = Array.from({ length: 2000 }, (_, i) => `"k${i}":"é${i}"`).join(',');
    const text = `{${members},"late":"x\uD800y"}`;
    expect(minify(text)).toBe(text);
    expect(format(text, { indent: 0 })).toBe(text);
    expect(format(text)).toContain('"late": "x\uD800y"');
  });

  it('drops a leading byte order mark', () => {
    expect(format('\uFEFF[1]')).toBe('[\n  1\n]');
    expect(minify('\uFEFF [1]')).toBe('[1]');
  });

  it.each(ALL_DOCUMENTS.flatMap((doc) => INDENTS.map((indent) => [doc, indent] as const)))(
    'is idempotent and survives format → minify → format: %j, indent %s',
    (doc, indent) => {
      const once = format(doc, { indent });
      expect(format(once, { indent })).toBe(once);
      expect(format(minify(once), { indent })).toBe(once);
      expect(minify(once)).toBe(minify(doc));
    },
  );

  it('returns the checker error for invalid input', () => {
    const result = formatJson('{"a": [1, 2}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toEqual((checkJson('{"a": [1, 2}') as { error: unknown }).error);
  });
});

describe('formatJson sortKeys', () => {
  it('sorts keys recursively, including objects inside arrays', () => {
    const text = format('{"b":{"y":1,"x":[{"d":1,"c":2}]},"a":0}', { sortKeys: true, indent: 0 });
    expect(text).toBe('{"a":0,"b":{"x":[{"c":2,"d":1}],"y":1}}');
  });

  it('keeps duplicate keys in their original order (stable)', () => {
    expect(format('{"k":1,"a":0,"k":2,"k":3}', { sortKeys: true, indent: 0 })).toBe(
      '{"a":0,"k":1,"k":2,"k":3}',
    );
  });

  it.each([
    ['upper case before lower case', ['b', 'B', 'a', 'A'], ['A', 'B', 'a', 'b']],
    ['by code units, not code points', ['\uFF01', '😀', 'é'], ['é', '😀', '\uFF01']],
    ['prefixes first', ['ab', 'a', 'abc', ''], ['', 'a', 'ab', 'abc']],
    ['digits as text, not numbers', ['10', '9', '1'], ['1', '10', '9']],
  ])('orders %s', (_name, keys, expected) => {
    const doc = JSON.stringify(Object.fromEntries(keys.map((k, i) => [k, i])));
    // Rebuild in the given order: JSON.stringify moves integer-like keys first.
    const text = `{${keys.map((k, i) => `${JSON.stringify(k)}:${i}`).join(',')}}`;
    expect(JSON.parse(doc)).toEqual(JSON.parse(text));
    const sorted = format(text, { sortKeys: true, indent: 0 });
    const order = [...sorted.matchAll(/"((?:[^"\\]|\\.)*)":/g)].map(
      (m) => JSON.parse(`"${m[1] ?? ''}"`) as string,
    );
    expect(order).toEqual(expected);
  });

  it('compares keys decoded but writes them as written', () => {
    expect(format('{"b":1,"\\u0061":2}', { sortKeys: true, indent: 0 })).toBe('{"\\u0061":2,"b":1}');
  });

  it.each(INDENTS)('keeps values as written and stays idempotent with indent %s', (indent) => {
    const doc = LOSSLESS_DOCUMENTS[0] ?? '';
    const sorted = format(doc, { sortKeys: true, indent });
    expect(format(sorted, { sortKeys: true, indent })).toBe(sorted);
    expect(format(sorted, { indent })).toBe(sorted);
    expect(minify(sorted)).toBe(
      '{"big":1E+400,"exp":2.50e3,"id":12345678901234567890,"neg":-0,"price":1.10,"tiny":1e-400}',
    );
  });

  it('reports invalid input like checkJson', () => {
    const result = formatJson('{"a": 1,}', { sortKeys: true });
    expect(result.ok === false && result.error.message).toContain('Trailing comma');
  });
});

describe('deep and big inputs', () => {
  const DEPTH = 200_000;
  const deepArrays = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
  const deepObjects = '{"b":0,"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH);

  it.each([
    ['arrays', deepArrays],
    ['objects', deepObjects],
  ])('checks, minifies and compactly formats %s nested 200,000 deep', (_name, text) => {
    expect(checkJson(text).ok).toBe(true);
    expect(minify(text)).toBe(text);
    expect(format(text, { indent: 0 })).toBe(text);
  });

  it('sorts keys at depth 200,000', () => {
    const sorted = format(deepObjects, { sortKeys: true, indent: 0 });
    expect(sorted.startsWith('{"a":{"a":')).toBe(true);
    expect(sorted.length).toBe(deepObjects.length);
    expect(sorted).toContain(`{"a":1,"b":0},"b":0}`);
    expect(sorted.endsWith(`},"b":0}`)).toBe(true);
  });

  it.each([
    ['plain', {}],
    ['sorted', { sortKeys: true }],
  ])('fails fast with a clear error when indenting 200,000 levels (%s)', (_name, options) => {
    const result = formatJson(deepObjects, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain('longer than');
    expect(result.error.hint).toContain('minify');
  });

  it('refuses to indent 9,500 nested brackets (19 kB would become 180 M characters), saying why', () => {
    const text = '['.repeat(9_500) + ']'.repeat(9_500);
    const result = formatJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe(
      `Formatted, this document would be longer than ${MIN_FORMAT_BUDGET.toLocaleString('en-US')} characters (its own length is 19,000; formatting may add at most ${MAX_FORMAT_GROWTH} times that), so it is left as it is.`,
    );
    expect(result.error.hint).toContain('minify instead');
    expect(format(text, { indent: 0 })).toBe(text);
  });

  it.each([
    ['deep but within the budget', '['.repeat(1_000) + ']'.repeat(1_000), 2],
    ['everyday depth with the widest indent', JSON.stringify([[[[[[[[[[1, 2, 3]]]]]]]]]]), 10],
  ])('formats %s', (_name, text, indent) => {
    const result = formatJson(text, { indent });
    expect(result.ok).toBe(true);
    expect(result.ok && result.text.length).toBeLessThanOrEqual(formattedLengthLimit(text.length));
  });

  it('prefers a syntax error to the size limit', () => {
    const result = formatJson('['.repeat(DEPTH));
    expect(result.ok === false && result.error.message).toContain('never closed');
  });

  it('formats and minifies a 20 MB document', () => {
    const record =
      '{"id":12345678901234567890,"name":"caf\\u00e9 😀","score":1.10,"tags":["a","b"],"ok":true,"n":null}';
    const count = Math.ceil((20 * 1024 * 1024) / (record.length + 1));
    const text = `[${Array.from({ length: count }, () => record).join(',')}]`;
    expect(checkJson(text).ok).toBe(true);
    const formatted = format(text);
    expect(formatted.length).toBeGreaterThan(text.length);
    expect(minify(formatted)).toBe(text);
  });
});
