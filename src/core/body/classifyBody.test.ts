import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeInput } from '../analysis/analyzeInput';
import { bodyView } from '../analysis/bodyView';
import { createDiagnoseContext } from '../diagnose/diagnoseContext';
import { diffResponses } from '../diff/diffResponses';
import { EXAMPLES } from '../examples/examples';
import { getHeader } from '../http/headers';
import { parseInput } from '../http/parseInput';
import type { Exchange, HttpResponse } from '../types';
import { BODY_KINDS, type BodyKind } from './bodyKinds';
import { classifyBody, sniffMarkup } from './classifyBody';

const FIXTURES = new URL('../../../tests/fixtures/', import.meta.url);
const fixture = (path: string): string => readFileSync(new URL(path, FIXTURES), 'utf8');
const NOW = new Date('2026-03-24T12:00:00Z');

function exchangeOf(text: string, index: number): Exchange {
  const exchange = parseInput(text).exchanges[index];
  if (!exchange) throw new Error(`no exchange ${index}`);
  return exchange;
}

/** Compares a body with a JSON body: the comparison is structural only when the body is JSON too. */
function compareWithJson(response: HttpResponse) {
  const json: HttpResponse = {
    ...response,
    headers: [{ name: 'Content-Type', value: 'application/json' }],
    body: '{}',
  };
  return diffResponses(response, json).body;
}

/**
 * Real bodies on which the three classifiers this one replaced disagreed: diagnosis (analyzeBody), the
 * body view (bodyView's own sniffing) and Compare (describeBody). The columns after the file say what
 * each used to answer; `kind` is the one answer every part gives now.
 */
const DISAGREEMENTS: [file: string, index: number, was: string, kind: BodyKind][] = [
  // A JSON body under text/html: diagnosis JSON, body view HTML, Compare JSON.
  ['transcripts/002-curl-vvv-put-form-200-zsh-percent.txt', 0, 'json | html | json', 'json'],
  ['transcripts/009-curl-i-200-markdown-bold-inside-header.txt', 0, 'json | html | json', 'json'],
  // Words under application/json: diagnosis text, body view JSON with an error at 1:1, Compare text.
  ['transcripts/007-curl-v-200-macos-curl-7-54.txt', 0, 'text | json | plain text', 'text'],
  // An HTML fragment under text/html: diagnosis XML, body view HTML, Compare "XML or other markup".
  ['session/chrome-api-session.har', 17, 'xml | html | XML or other markup', 'html'],
  // Words under text/html: diagnosis text, body view HTML, Compare plain text.
  ['http-responses/raw/http-parser__responses-5.http', 0, 'text | html | plain text', 'text'],
  ['transcripts/006-curl-v-trace-time-timestamped-lines.txt', 0, 'text | html | plain text', 'text'],
  // A line break under text/html: diagnosis empty, body view HTML, Compare empty.
  ['http-responses/raw/http-parser__responses-19.http', 0, 'empty | html | empty', 'empty'],
  // A PNG recorded in a HAR: text everywhere, drawn in the editor as text.
  ['har/mitmproxy/chrome.har', 2, 'text | plaintext | plain text', 'binary'],
  // HTTPie's elided body under application/json: diagnosis broken JSON, Compare "JSON that does not parse".
  [
    'transcripts/036-httpie-verbose-put-json-200.txt',
    0,
    'json (invalid) | json (invalid) | JSON that does not parse',
    'json-invalid',
  ],
];

describe('one body classifier for diagnosis, the body view and Compare', () => {
  it.each(DISAGREEMENTS)('%s #%i (was %s) is %s', (file, index, _was, kind) => {
    const text = fixture(file);
    const exchange = exchangeOf(text, index);
    const { response } = exchange;
    expect(classifyBody(response.body, getHeader(response.headers, 'content-type')).kind).toBe(kind);
    expect(createDiagnoseContext(exchange, NOW).body.kind).toBe(kind);
    const view = bodyView(response.body, response.headers);
    expect(view).toMatchObject({ kind, label: BODY_KINDS[kind].label, language: BODY_KINDS[kind].language });
    expect(analyzeInput(text, { selectedIndex: index }).body.kind).toBe(kind);
    const compared = compareWithJson(response);
    if (kind === 'json' || kind === 'empty') expect(compared.kind).toBe('json');
    else expect(compared.note).toContain(`B is JSON, A is not (${BODY_KINDS[kind].label}`);
  });

  it('gives every example body one kind wherever it is read', () => {
    for (const example of EXAMPLES) {
      for (const exchange of parseInput(example.text).exchanges) {
        const { response } = exchange;
        const { kind } = classifyBody(response.body, getHeader(response.headers, 'content-type'));
        expect(createDiagnoseContext(exchange, NOW).body.kind, example.title).toBe(kind);
        expect(bodyView(response.body, response.headers).kind, example.title).toBe(kind);
      }
    }
  });
});

describe('classifyBody', () => {
  it.each([
    ['empty', '', 'application/json', 'empty', 'json', undefined],
    ['whitespace only', ' \n ', undefined, 'empty', undefined, undefined],
    ['valid JSON', '{"a":1}', 'application/json; charset=utf-8', 'json', 'json', true],
    ['problem+json', '{"title":"x"}', 'application/problem+json', 'json', 'json', true],
    ['JSON null', 'null', 'application/json', 'json', 'json', true],
    ['broken JSON', '{"a":1,}', 'application/json', 'json-invalid', 'json', false],
    ['broken JSON without a type', '{"a":', undefined, 'json-invalid', undefined, false],
    ['JSON without Content-Type', '[1,2]', undefined, 'json', undefined, true],
    ['a bare number without a type', '42', undefined, 'text', undefined, undefined],
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
    ['an HTML fragment', '<div>Not found</div>', 'text/html', 'html', 'html', undefined],
    ['text', 'hello', 'text/plain', 'text', 'text', undefined],
    ['form data', 'a=1&b=2', 'application/x-www-form-urlencoded', 'form', 'form', undefined],
    ['JSON under a form type', '{"a":1}', 'application/x-www-form-urlencoded', 'json', 'form', true],
    ['bracketed log line without a type', '[error] upstream timed out', undefined, 'text', undefined, false],
    ['bytes under a binary type', 'abc', 'application/octet-stream', 'text', 'other', undefined],
    ['NUL bytes', 'GIF89a\u0000\u0001\u0000', 'image/gif', 'binary', 'other', undefined],
  ])('%s', (_, body, type, kind, declaredKind, ok) => {
    const found = classifyBody(body, type);
    expect(found.kind).toBe(kind);
    expect(found.declaredKind).toBe(declaredKind);
    expect(found.check?.ok).toBe(ok);
  });

  it('gives every kind a label, a phrase and an editor language', () => {
    for (const info of Object.values(BODY_KINDS)) {
      expect(info.label).not.toBe('');
      expect(info.phrase).not.toBe('');
    }
  });
});

describe('sniffMarkup', () => {
  it.each([
    ['<!doctype html><p>x', undefined, 'html'],
    ['  <html lang="en">', undefined, 'html'],
    ['<center><h1>502 Bad Gateway</h1></center>', undefined, 'html'],
    ['<?xml version="1.0"?><Error/>', undefined, 'xml'],
    ['<Error><Code>x</Code></Error>', undefined, 'xml'],
    ['<problem><title>Out of credit</title></problem>', 'xml', 'xml'],
    ['<p>Thanks</p>', 'html', 'html'],
    ['plain words', undefined, 'text'],
    ['< not a tag', undefined, 'text'],
  ] as const)('%j (declared %s) → %s', (text, declared, kind) => {
    expect(sniffMarkup(text, declared)).toBe(kind);
  });
});
