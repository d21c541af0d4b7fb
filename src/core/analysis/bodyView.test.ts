import { describe, expect, it } from 'vitest';
import { bodyView } from './bodyView';

const json = [{ name: 'Content-Type', value: 'application/json' }];

describe('bodyView', () => {
  it('formats valid JSON losslessly', () => {
    const view = bodyView('{"id":12345678901234567890,"price":1.10}', json);
    expect(view).toMatchObject({ language: 'json', formatted: true });
    expect(view.text).toBe('{\n  "id": 12345678901234567890,\n  "price": 1.10\n}');
    expect(view.length).toBe(40);
  });

  it('places warnings in the formatted text it shows', () => {
    const view = bodyView('{"a":1,"a":2}', json);
    const warning = view.check?.warnings.find((w) => w.kind === 'duplicate-key');
    expect(view.text.split('\n')[warning!.line - 1]).toContain('"a": 2');
  });

  it('shows invalid JSON as received, with the error positioned in it', () => {
    const view = bodyView('{"a": 1,}', json);
    expect(view).toMatchObject({ text: '{"a": 1,}', formatted: false, language: 'json' });
    expect(view.check?.ok).toBe(false);
    expect(view.note).toMatch(/Declared as JSON/);
  });

  it.each([
    ['<html><body>oops</body></html>', [{ name: 'Content-Type', value: 'text/html' }], 'html'],
    ['<?xml version="1.0"?><a/>', [], 'xml'],
    ['plain words', [], 'plaintext'],
    ['{"sniffed": true}', [], 'json'],
  ])('%s → %s', (body, headers, language) => {
    expect(bodyView(body, headers).language).toBe(language);
  });

  it('shows JSON nested too deep to indent as received, saying why', () => {
    const body = '['.repeat(9_500) + ']'.repeat(9_500);
    const view = bodyView(body, [{ name: 'Content-Type', value: 'application/json' }]);
    expect(view).toMatchObject({ text: body, language: 'json', formatted: false, check: { ok: true } });
    expect(view.note).toMatch(/^Formatted, this document would be longer than 4,000,000 characters/);
  });

  it('says when there is no body', () => {
    expect(bodyView('', json)).toMatchObject({ text: '', length: 0, formatted: false });
  });
});

describe('bodyView by body kind', () => {
  const declaredJson = [{ name: 'Content-Type', value: 'application/json' }];
  it.each([
    ['<!DOCTYPE html><html><title>502</title></html>', declaredJson, 'html', 'HTML page', 'html'],
    ['Bad Gateway', declaredJson, 'text', 'plain text', 'plaintext'],
    ['{"a":', declaredJson, 'json-invalid', 'JSON that does not parse', 'json'],
    ['[error] upstream timed out', [], 'text', 'plain text', 'plaintext'],
  ])('%j is %s', (body, headers, kind, label, language) => {
    expect(bodyView(body, headers)).toMatchObject({ kind, label, language, text: body, formatted: false });
  });

  it('says what a body declared JSON is instead, and keeps a JSON error only for broken JSON', () => {
    const page = bodyView('<html><body>502</body></html>', declaredJson);
    expect(page.note).toBe('Declared as JSON, but the body is an HTML page: shown exactly as received.');
    expect(page.check).toBeUndefined();
    const broken = bodyView('{"a":', declaredJson);
    expect(broken.note).toBe('Declared as JSON, but the body is not valid JSON: shown exactly as received.');
    expect(broken.check?.ok).toBe(false);
  });
});
