/**
 * Conformance against nst/JSONTestSuite (tests/fixtures/JSONTestSuite, MIT): y_ files must be accepted,
 * n_ files rejected, i_ files may go either way but must not throw; test_transform documents must keep
 * every number and key as written through format → minify.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkJson } from './checkJson';
import { formatJson } from './formatJson';
import type { JsonNode } from './jsonTree.types';
import { minifyJson } from './minifyJson';
import { parseJsonTree } from './parseJsonTree';

const SUITE = new URL('../../../tests/fixtures/JSONTestSuite/', import.meta.url);
const PARSING = new URL('test_parsing/', SUITE);
const TRANSFORM = new URL('test_transform/', SUITE);

/** The text a paste or file drop would give, or null when the bytes are not valid UTF-8. */
function decodeStrict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function files(dir: URL, prefix: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.json'))
    .sort();
}

// Some names hold `#`, which a URL would take for a fragment: encode them.
const read = (dir: URL, name: string): Uint8Array => readFileSync(new URL(encodeURIComponent(name), dir));

describe('JSONTestSuite test_parsing', () => {
  it('has the expected number of files', () => {
    expect([files(PARSING, 'y_').length, files(PARSING, 'n_').length, files(PARSING, 'i_').length]).toEqual([
      95, 188, 35,
    ]);
  });

  it.each(files(PARSING, 'y_'))('accepts %s', (name) => {
    const text = decodeStrict(read(PARSING, name));
    expect(text).not.toBeNull();
    if (text === null) return;
    expect(checkJson(text).ok).toBe(true);
    expect(parseJsonTree(text).ok).toBe(true);
    const minified = minifyJson(text);
    expect(minified.ok && checkJson(minified.text).ok).toBe(true);
  });

  it.each(files(PARSING, 'n_'))('rejects %s', (name) => {
    const text = decodeStrict(read(PARSING, name));
    if (text === null) return; // invalid UTF-8 is a rejection before any parsing
    const check = checkJson(text);
    expect(check.ok).toBe(false);
    expect(parseJsonTree(text).ok).toBe(false);
    expect(formatJson(text).ok).toBe(false);
    if (!check.ok) {
      expect(check.error.message.length).toBeGreaterThan(0);
      expect(check.error.offset).toBeLessThanOrEqual(text.length);
    }
  });

  it.each(files(PARSING, 'i_'))('answers %s consistently, without throwing', (name) => {
    const text = decodeStrict(read(PARSING, name));
    if (text === null) return;
    const accepted = checkJson(text).ok;
    expect(parseJsonTree(text).ok).toBe(accepted);
    expect(minifyJson(text).ok).toBe(accepted);
  });
});

/** Number tokens and raw key tokens in document order, read from the tree. */
function tokens(text: string): { numbers: string[]; keys: string[] } {
  const parsed = parseJsonTree(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const numbers: string[] = [];
  const keys: string[] = [];
  const pending: JsonNode[] = [parsed.root];
  while (pending.length > 0) {
    const node = pending.pop() as JsonNode;
    if (node.type === 'number') numbers.push(text.slice(node.start, node.end));
    if (node.type === 'array') pending.push(...[...node.items].reverse());
    if (node.type === 'object') {
      for (const entry of node.entries) keys.push(entry.key);
      pending.push(...node.entries.map((e) => e.value).reverse());
    }
  }
  return { numbers, keys };
}

describe('JSONTestSuite test_transform', () => {
  it.each(files(TRANSFORM, ''))('%s keeps every number and key through format → minify', (name) => {
    // Some files hold invalid UTF-8 on purpose; decode as a lenient paste would.
    const text = new TextDecoder('utf-8').decode(read(TRANSFORM, name));
    const formatted = formatJson(text, { indent: 2 });
    expect(formatted.ok).toBe(true);
    if (!formatted.ok) return;
    const minified = minifyJson(formatted.text);
    expect(minified.ok).toBe(true);
    if (!minified.ok) return;
    expect(tokens(minified.text)).toEqual(tokens(text));
    expect(tokens(formatted.text)).toEqual(tokens(text));
    const direct = minifyJson(text);
    expect(direct.ok && direct.text).toBe(minified.text);
  });

  it.each([
    ['number_-9223372036854775809.json', 'number-precision'],
    ['number_9223372036854775807.json', 'number-precision'],
    ['number_10000000000000000999.json', 'number-precision'],
    ['number_1.000000000000000005.json', 'number-precision'],
    ['number_1.0.json', 'number-precision'],
    ['number_1e6.json', 'number-precision'],
    ['number_1e-999.json', 'number-precision'],
    ['object_same_key_different_values.json', 'duplicate-key'],
    ['object_same_key_unclear_values.json', 'duplicate-key'],
    ['string_1_escaped_invalid_codepoint.json', 'lone-surrogate'],
  ])('warns about %s (%s)', (name, kind) => {
    const result = checkJson(new TextDecoder('utf-8').decode(read(TRANSFORM, name)));
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.kind)).toContain(kind);
  });

  it('does not warn about 1000000000000000, which JSON.parse keeps', () => {
    expect(
      checkJson(new TextDecoder().decode(read(TRANSFORM, 'number_1000000000000000.json'))).warnings,
    ).toEqual([]);
  });
});
