import { describe, it, expect } from 'vitest';
import { analyzeBody } from './analyzeBody';
import { makeExchange } from './testExchange';

const analyze = (body: string, contentType?: string) =>
  analyzeBody(makeExchange({ body, headers: contentType ? [['Content-Type', contentType]] : [] }).response);

describe('analyzeBody', () => {
  it('keeps the parsed value, even when it is null', () => {
    expect(analyze('null', 'application/json').json).toEqual({ value: null });
    expect(analyze('{"a":[1]}', 'application/json').json).toEqual({ value: { a: [1] } });
  });

  it('classifies with the Content-Type of the response and parses only valid JSON', () => {
    expect(analyze('{"a":1,}', 'application/json')).toMatchObject({
      kind: 'json-invalid',
      declaredKind: 'json',
    });
    expect(analyze('{"a":1,}', 'application/json').json).toBeUndefined();
    expect(analyze('<p>x</p>', 'text/html')).toMatchObject({ kind: 'html', text: '<p>x</p>' });
  });
});
