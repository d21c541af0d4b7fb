import { readFileSync } from 'node:fs';
import { after, chromeEntry, chromeHar, type EntrySpec } from '../../../tests/fixtures/session/harEntries';
import { parseInput } from '../http/parseInput';
import type { ParsedInput } from '../types';

/** Session tests read HAR files as a browser wrote them, through the real parser. */
export const TEST_START = '2026-03-24T10:00:00.000Z';

export function fixture(name: string): ParsedInput {
  return parseInput(
    readFileSync(new URL(`../../../tests/fixtures/session/${name}`, import.meta.url), 'utf8'),
  );
}

/** A Chrome HAR of the given entries; `at` is seconds after TEST_START. */
export function chromeSession(specs: (Omit<EntrySpec, 'at'> & { at: number })[]): ParsedInput {
  const entries = specs.map((s) => chromeEntry({ ...s, at: after(TEST_START, s.at) }));
  return parseInput(chromeHar(entries, { at: TEST_START, url: 'https://app.example.com/' }));
}

export { after };
