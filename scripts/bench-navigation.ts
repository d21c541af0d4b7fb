/**
 * Benchmarks navigation in big documents (what the large-document view asks of the core, in the
 * worker or on the main thread) on the formatted 10 and 50 MB API-like documents of bench-json,
 * against JSON.parse of the same text. The last column is what the main thread copies (structured
 * clone, as postMessage does) to ask a worker "Go to": the whole request, as when every request
 * carried the document; the largest message of the first request now (the document goes in parts of
 * 2 M characters, its structure a column per message); and a later request, once the worker holds them.
 *
 * Run: ./node_modules/.bin/tsx scripts/bench-navigation.ts
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { findMatches } from '../src/core/json/findMatches';
import { formatJson } from '../src/core/json/formatJson';
import { foldableAtDepth, foldLines } from '../src/core/json/jsonFolding';
import { jsonPathAt } from '../src/core/json/jsonPathAt';
import { jsonStructure } from '../src/core/json/jsonStructure';
import { lineStarts } from '../src/core/json/lineIndex';
import { locateJsonPath } from '../src/core/json/locateJsonPath';
import { HeldValues } from '../src/workers/heldValues';
import { generateApiJson, printTable } from './bench-json';

const MB = 1024 * 1024;
const SIZES_MB = [10, 50];

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

export async function benchNavigation(): Promise<void> {
  const rows: string[][] = [];
  for (const sizeMb of SIZES_MB) {
    const formatted = formatJson(generateApiJson(sizeMb * MB));
    if (!formatted.ok) throw new Error(formatted.error.message);
    const text = formatted.text;
    const [, parseMs] = time(() => JSON.parse(text));
    const [structure, structureMs] = time(() => jsonStructure(text));
    const [starts, startsMs] = time(() => lineStarts(text));
    const [rare, rareMs] = time(() =>
      findMatches(text, { text: 'user77777@', regex: false, caseSensitive: false }),
    );
    const [common, commonMs] = time(() =>
      findMatches(text, { text: '"id"', regex: false, caseSensitive: true }),
    );
    const [, regexMs] = time(() =>
      findMatches(text, { text: '"score": 99\\d\\.', regex: true, caseSensitive: false }),
    );
    const items = structure.childCount[1] ?? 0;
    const [location, locateMs] = time(() =>
      locateJsonPath(text, structure, ['data', items - 1, 'address', 'geo']),
    );
    const [, pathMs] = time(() => (location.ok ? jsonPathAt(text, structure, location.start) : []));
    const [, foldMs] = time(() =>
      foldLines(structure, foldableAtDepth(structure, 2), text, (l) => starts[l] ?? 0, starts.length),
    );
    if (!rare.ok || !common.ok) throw new Error('find failed');
    // What the main thread copies (structured clone, as postMessage does) to ask a worker "Go to":
    // the first request sends the document in parts with its structure; the next ones, the query.
    const held = new HeldValues();
    const goTo = { type: 'goTo', text, input: '/data/0', structure, starts } as const;
    const clones = held.messages(1, goTo).map((message) => time(() => structuredClone(message))[1]);
    const [, wholeMs] = time(() => structuredClone(goTo));
    const [, queryMs] = time(() => held.messages(2, goTo).forEach((m) => structuredClone(m)));
    rows.push([
      `${sizeMb} MB → ${(text.length / MB).toFixed(0)} MB formatted`,
      parseMs.toFixed(0),
      `${structureMs.toFixed(0)} (${(structureMs / parseMs).toFixed(2)}×)`,
      startsMs.toFixed(0),
      `${rareMs.toFixed(0)} / ${commonMs.toFixed(0)}${common.truncated ? ' (stopped at the limit)' : ''} / ${regexMs.toFixed(0)}`,
      `${locateMs.toFixed(1)} / ${pathMs.toFixed(2)}`,
      foldMs.toFixed(0),
      `${wholeMs.toFixed(0)} / ${Math.max(...clones).toFixed(1)} / ${queryMs.toFixed(3)}`,
    ]);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  printTable(
    [
      'document',
      'JSON.parse ms',
      'jsonStructure ms (×parse)',
      'lineStarts ms',
      'find rare / common / regex ms',
      'go to last item / its path ms',
      'fold depth 2 ms',
      'Go to post: whole / largest part / held ms',
    ],
    rows,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchNavigation().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
