import { describe, expect, it } from 'vitest';
import { jsonStructure } from './jsonStructure';
import { lineStarts } from './lineIndex';
import { looksLikeJsonDocument, resolveGoTo } from './resolveGoTo';

const doc = '{\n  "id": 7,\n  "tags": ["a", "b"],\n  "note": "' + 'n'.repeat(300) + '"\n}';
const structure = jsonStructure(doc);

describe('resolveGoTo', () => {
  const cases: { input: string; expected: ReturnType<typeof resolveGoTo>; json?: boolean }[] = [
    { input: '2', expected: { ok: true, start: 2, end: 2 } },
    { input: '2:3', expected: { ok: true, start: 4, end: 4 } },
    // A column past the line's end stops at its end.
    { input: '1:99', expected: { ok: true, start: 1, end: 1 } },
    { input: '9', expected: { ok: false, message: 'There is no line 9: the document has 5 lines.' } },
    // A member: its key is selected.
    { input: '/id', expected: { ok: true, start: doc.indexOf('"id"'), end: doc.indexOf('"id"') + 4 } },
    // An item: its value.
    { input: 'tags[1]', expected: { ok: true, start: doc.indexOf('"b"'), end: doc.indexOf('"b"') + 3 } },
    { input: '/missing', expected: { ok: false, message: expect.stringContaining('has no key "missing"') } },
  ];
  for (const { input, expected } of cases) {
    it(`goes to ${input}`, () => {
      expect(resolveGoTo(doc, input, structure)).toEqual(expected);
      // The same with the line index given.
      expect(resolveGoTo(doc, input, structure, lineStarts(doc))).toEqual(expected);
    });
  }

  it('asks to wait while a JSON document is being read, and offers lines only in other text', () => {
    expect(resolveGoTo(doc, '/id', undefined)).toEqual({
      ok: false,
      message: 'The document is still being read: try again in a moment.',
    });
    expect(resolveGoTo('hello', '/id', undefined)).toMatchObject({ ok: false, message: /not JSON/ });
  });

  it('puts the cursor at the start of a long value rather than selecting it all', () => {
    const result = resolveGoTo(doc, '$.note', structure);
    const start = doc.indexOf('"note"');
    expect(result).toEqual({ ok: true, start, end: start + 6 });
    const value = resolveGoTo(
      '["' + 'v'.repeat(300) + '"]',
      '/0',
      jsonStructure('["' + 'v'.repeat(300) + '"]'),
    );
    expect(value).toEqual({ ok: true, start: 1, end: 2 });
  });
});

describe('looksLikeJsonDocument', () => {
  for (const [text, expected] of [
    ['  {"a":1}', true],
    ['\ufeff[1]', true],
    ['"a string"', false],
    ['HTTP/1.1 200 OK', false],
    ['', false],
  ] as const) {
    it(`${JSON.stringify(text)} → ${expected}`, () => expect(looksLikeJsonDocument(text)).toBe(expected));
  }
});
