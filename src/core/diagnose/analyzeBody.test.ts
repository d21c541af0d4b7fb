import { describe, it, expect } from 'vitest';
import { analyzeBody, sniffText } from './analyzeBody';
import { makeExchange } from './testExchange';

const analyze = (body: string, contentType?: string) =>
  analyzeBody(makeExchange({ body, headers: contentType ? [['Content-Type', contentType]] : [] }).response);

describe('analyzeBody', () => {
  it.each([
    ['empty', '', 'application/json', 'empty', 'json', undefined],
    ['whitespace only', ' \n ', undefined, 'empty', undefined, undefined],
    ['valid JSON', '{"a":1}', 'application/json; charset=utf-8', 'json', 'json', true],
    ['problem+json', '{"title":"x"}', 'application/problem+json', 'json', 'json', true],
    ['JSON null', 'null', 'application/json', 'json', 'json', true],
    ['broken JSON', '{"a":1,}', 'application/json', 'json', 'json', false],
    ['JSON without Content-Type', '[1,2]', undefined, 'json', undefined, true],
    ['JSON under text/html', '{"a":1}', 'text/html', 'json', 'html', true],
    [
      'HTML under a JSON type',
      '<!DOCTYPE html><html><title>x</title></html>',
      'application/json',
      'html',
      'json',
      false,
    ],
    ['plain text under a JSON type', 'Internal Server Error', 'application/json', 'text', 'json', false],
    ['XML', '<?xml version="1.0"?><a/>', 'application/xml', 'xml', 'xml', undefined],
    ['text', 'hello', 'text/plain', 'text', 'text', undefined],
    ['bracketed log line without a type', '[error] upstream timed out', undefined, 'text', undefined, false],
    ['binary-ish type', 'abc', 'application/octet-stream', 'text', 'other', undefined],
  ])('%s', (_, body, type, kind, declaredKind, ok) => {
    const b = analyze(body, type);
    expect(b.kind).toBe(kind);
    expect(b.declaredKind).toBe(declaredKind);
    expect(b.check?.ok).toBe(ok);
  });

  it('keeps the parsed value, even when it is null', () => {
    expect(analyze('null', 'application/json').json).toEqual({ value: null });
    expect(analyze('{"a":[1]}', 'application/json').json).toEqual({ value: { a: [1] } });
  });
});

describe('sniffText', () => {
  it.each([
    ['<!doctype html><p>x', 'html'],
    ['  <html lang="en">', 'html'],
    ['<center><h1>502 Bad Gateway</h1></center>', 'html'],
    ['<?xml version="1.0"?><Error/>', 'xml'],
    ['<Error><Code>x</Code></Error>', 'xml'],
    ['plain words', 'text'],
    ['< not a tag', 'text'],
  ])('%j → %s', (text, kind) => {
    expect(sniffText(text)).toBe(kind);
  });
});
