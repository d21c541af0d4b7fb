import { describe, it, expect } from 'vitest';
import { findContentTypeMismatch } from './findContentTypeMismatch';
import { makeContext, TEST_NOW, type ExchangeSpec } from './testExchange';

const spec = (body: string, type?: string, status = 500): ExchangeSpec => ({
  status,
  body,
  headers: type ? [['Content-Type', type]] : [],
});

describe('findContentTypeMismatch', () => {
  it.each([
    [
      'HTML page declared JSON',
      spec('<html><title>502</title></html>', 'application/json'),
      'content-type-mismatch',
      'error',
      { declared: 'application/json', detected: 'html' },
    ],
    [
      'text declared JSON',
      spec('Internal Server Error', 'application/json'),
      'content-type-mismatch',
      'error',
      { detected: 'text' },
    ],
    [
      'XML declared JSON',
      spec('<?xml version="1.0"?><Error/>', 'application/vnd.api+json'),
      'content-type-mismatch',
      'error',
      { declared: 'application/vnd.api+json', detected: 'xml' },
    ],
    [
      'JSON declared HTML',
      spec('{"a":1}', 'text/html'),
      'content-type-mismatch',
      'warning',
      { declared: 'text/html', detected: 'json' },
    ],
    [
      'JSON declared text',
      spec('[1]', 'text/plain'),
      'content-type-mismatch',
      'warning',
      { detected: 'json' },
    ],
    ['JSON without Content-Type', spec('{"a":1}'), 'missing-header', 'info', { header: 'Content-Type' }],
    [
      'broken JSON declared JSON',
      spec('{"a": 1,\n "b": }', 'application/json'),
      'body-invalid-json',
      'error',
      { line: 2, column: 7 },
    ],
    ['broken JSON without a type', spec('{"a": tru}'), 'body-invalid-json', 'warning', { line: 1 }],
  ] as [string, ExchangeSpec, string, string, Record<string, unknown>][])(
    '%s',
    (_, s, id, severity, data) => {
      const [f] = findContentTypeMismatch(makeContext(s));
      expect(f).toMatchObject({ id, severity, data });
    },
  );

  it('body-invalid-json carries the checker message and says when the body ends early', () => {
    const [f] = findContentTypeMismatch(makeContext(spec('{"items": [1, 2', 'application/json')));
    expect(f?.id === 'body-invalid-json' && f.data.message).toMatch(/\w/);
    expect(f?.detail).toContain('ends too early');
  });

  it.each([
    ['valid JSON declared JSON', spec('{"a":1}', 'application/json; charset=utf-8')],
    ['empty body', spec('', 'application/json')],
    ['HTML declared HTML', spec('<html></html>', 'text/html')],
    ['text without a type', spec('oops')],
  ])('nothing for %s', (_, s) => {
    expect(findContentTypeMismatch(makeContext(s))).toEqual([]);
  });
});

describe('a body shortened in the paste (QA report 1, item 22)', () => {
  it.each([['[…]'], ['[...]'], ['…'], ['...']])(
    '%s inside a JSON body is an elision, not broken JSON',
    async (mark) => {
      const { analyzeInput } = await import('../analysis/analyzeInput');
      const paste = `HTTP/1.1 200 OK\nContent-Length: 477\nContent-Type: application/json\n\n{\n    ${mark}\n}\n`;
      const a = analyzeInput(paste, { now: TEST_NOW });
      const finding = a.diagnosis?.findings.find((f) => f.id === 'body-invalid-json');
      expect(finding?.severity).toBe('info');
      expect(finding?.title).toBe(`The body was shortened in the paste (“${mark}” on line 2)`);
      expect(a.problems.map((p) => p.message).join('\n')).not.toMatch(/looks cut off/);
      expect(a.diagnosis?.nextSteps.map((s) => s.text).join('\n')).not.toMatch(/not valid JSON/);
    },
  );
});

describe('the parse error a client sees (QA report 1, item 29c)', () => {
  it.each([
    ['Internal Server Error', /Unexpected token 'I'/],
    ['<html><body>Bad gateway</body></html>', /Unexpected token </],
  ])('%j under application/json', (body, symptom) => {
    const [finding] = findContentTypeMismatch(makeContext(spec(body, 'application/json')));
    expect(finding?.detail).toMatch(symptom);
    if (!body.startsWith('<')) expect(finding?.detail).not.toMatch(/token </);
  });
});
