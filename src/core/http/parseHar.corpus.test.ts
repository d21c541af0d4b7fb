/**
 * Real browser exports (tests/fixtures/har: mitmproxy, MIT; harviewer, BSD-3-Clause), checked entry by
 * entry against expected.json.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput } from './parseInput';

interface ExpectedEntry {
  method: string;
  url: string;
  status: number;
  statusText: string;
  httpVersion: string;
  headerNames: string[];
  hasText: boolean;
  encoding: string | null;
  textIsJson: boolean | null;
  textLength: number | null;
}

interface ExpectedFile {
  file: string;
  utf8Bom: boolean;
  entries: ExpectedEntry[];
}

const DIR = new URL('../../../tests/fixtures/har/', import.meta.url);
const FILES: ExpectedFile[] = JSON.parse(readFileSync(new URL('expected.json', DIR), 'utf8'));

/** How each exporter's spelling of the protocol is normalised (the ones these exports use). */
const NORMALISED_VERSION: Record<string, string> = {
  'http/2.0': 'HTTP/2',
  'HTTP/2.0': 'HTTP/2',
  h3: 'HTTP/3',
  'HTTP/1.1': 'HTTP/1.1',
  '': '',
  unknown: '',
};

/** As a dropped file arrives, BOM included. */
function readHar(file: string): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(new URL(file, DIR)));
}

const entries = FILES.flatMap((f) => f.entries.map((e, i) => [`${f.file} #${i + 1}`, f.file, i, e] as const));

describe('HAR corpus', () => {
  it.each(FILES.map((f) => [f.file, f] as const))('%s: every entry becomes an exchange', (_name, f) => {
    const text = readHar(f.file);
    expect(text.charCodeAt(0) === 0xfeff).toBe(f.utf8Bom);
    const parsed = parseInput(text);
    expect(parsed.kind).toBe('har');
    expect(parsed.exchanges).toHaveLength(f.entries.length);
    const zero = f.entries.filter((e) => e.status === 0).length;
    expect(
      parsed.problems.filter((p) => p.severity === 'warning' && p.message.includes('status 0')),
    ).toHaveLength(zero);
  });

  it.each(entries)('%s', (_name, file, index, e) => {
    const exchange = parseInput(readHar(file)).exchanges[index];
    expect(exchange?.label).toBe(`${e.method} ${e.url} → ${e.status}`);
    expect(exchange?.request).toMatchObject({ method: e.method, target: e.url });
    const response = exchange?.response;
    expect(response).toMatchObject({
      status: e.status,
      reason: e.statusText,
      httpVersion: NORMALISED_VERSION[e.httpVersion],
    });
    expect(response?.headers.map((h) => h.name)).toEqual(e.headerNames);
    if (!e.hasText) expect(response?.body).toBe('');
    if (e.encoding === null && e.textLength !== null) expect(response?.body).toHaveLength(e.textLength);
    if (e.encoding === 'base64' && e.textLength) expect(response?.body.length).toBeGreaterThan(0);
    if (e.textIsJson) expect(() => JSON.parse(response?.body ?? '')).not.toThrow();
  });

  it('decodes a base64 HTML body to readable text', () => {
    const body = parseInput(readHar('mitmproxy/chrome.har')).exchanges[0]?.response.body ?? '';
    expect(body).toMatch(/^\s*<!DOCTYPE html>/i);
    expect(body).not.toContain('\ufffd');
  });
});
