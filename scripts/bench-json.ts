/**
 * Benchmarks the lossless JSON core against JSON.parse / JSON.stringify and lossless-json on
 * deterministic API-like documents of 1, 10 and 50 MB.
 *
 * Run: ./node_modules/.bin/tsx scripts/bench-json.ts   (or import { benchJson } from a bench runner)
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parse as losslessParse, stringify as losslessStringify } from 'lossless-json';
import { checkJson } from '../src/core/json/checkJson';
import { formatJson } from '../src/core/json/formatJson';
import { minifyJson } from '../src/core/json/minifyJson';
import { seededRandom } from './seededRandom';

const MB = 1024 * 1024;
const SIZES_MB = [1, 10, 50];
/** lossless-json is skipped at sizes where one run would take longer than this. */
const LOSSLESS_BUDGET_MS = 30_000;
const SEED = 0x7e57_1a6e;
/** Warm-up runs on the 1 MB document before anything is measured. */
const WARM_UP_ROUNDS = 3;

const WORDS = [
  'alpha',
  'beta',
  'gamma',
  'delta',
  'naïve',
  'café',
  'Zürich',
  '東京',
  'emoji 😀',
  'quote "q"',
  'path C:\\tmp',
  'line\nbreak',
  'tab\there',
];

/** Generates about `bytes` UTF-16 units of a paged API response: records with ids (some past 2^53),
 * escaped and non-ASCII strings, nested objects, floats, booleans and nulls; minified, like the wire. */
export function generateApiJson(bytes: number, seed = SEED): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const parts: string[] = ['{"meta":{"page":1,"per_page":100,"generated":"2024-05-01T12:00:00Z"},"data":['];
  let size = parts[0]?.length ?? 0;
  for (let i = 0; size < bytes; i++) {
    const bigId =
      random() < 0.2 ? `9${String(Math.floor(random() * 1e17)).padStart(18, '0')}` : String(i + 1);
    const record = [
      `{"id":${bigId}`,
      `"uuid":"${Math.floor(random() * 0xffffffff)
        .toString(16)
        .padStart(8, '0')}-4b1d-8c2e-${i.toString(16).padStart(12, '0')}"`,
      `"name":${JSON.stringify(`${pick(WORDS)} ${pick(WORDS)}`)}`,
      `"email":"user${i}@example.com"`,
      `"active":${random() < 0.5}`,
      `"score":${(random() * 1000).toFixed(random() < 0.5 ? 2 : 6)}`,
      `"ratio":${random().toExponential(3)}`,
      `"tags":[${Array.from({ length: Math.floor(random() * 4) }, () => JSON.stringify(pick(WORDS))).join(',')}]`,
      `"address":{"street":"${Math.floor(random() * 999)} Main St","city":${JSON.stringify(pick(WORDS))},"geo":{"lat":${(random() * 180 - 90).toFixed(6)},"lng":${(random() * 360 - 180).toFixed(6)}}}`,
      `"manager":${random() < 0.3 ? 'null' : `{"id":${Math.floor(random() * 1e6)},"name":"m${i}"}`}`,
      `"created_at":"2024-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}T08:00:00Z"}`,
    ].join(',');
    const piece = i === 0 ? record : `,${record}`;
    parts.push(piece);
    size += piece.length;
  }
  parts.push(']}');
  return parts.join('');
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function ratio(ms: number, reference: number): string {
  return `${ms.toFixed(0)} (${(ms / reference).toFixed(2)}×)`;
}

export async function benchJson(): Promise<void> {
  // Warm-up on the 1 MB document: the JIT needs a few runs before the scanner's loops are optimised.
  const warmUp = generateApiJson(MB);
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    JSON.stringify(JSON.parse(warmUp), null, 2);
    checkJson(warmUp);
    const formatted = formatJson(warmUp);
    if (formatted.ok) minifyJson(formatted.text);
  }
  losslessStringify(losslessParse(warmUp), null, 2);

  const rows: string[][] = [];
  let losslessPerMb = 0;
  for (const sizeMb of SIZES_MB) {
    const text = generateApiJson(sizeMb * MB);
    const parseMs = time(() => JSON.parse(text));
    const checkMs = time(() => {
      if (!checkJson(text).ok) throw new Error('generated JSON failed the check');
    });
    const stringifyMs = time(() => JSON.stringify(JSON.parse(text), null, 2));
    let formatted = '';
    const formatMs = time(() => {
      const result = formatJson(text);
      if (!result.ok) throw new Error(result.error.message);
      formatted = result.text;
    });
    // Minifying the pretty-printed text: minifying already minified text has nothing to remove.
    const minifyMs = time(() => minifyJson(formatted));
    let lossless = 'skipped';
    if (losslessPerMb === 0 || losslessPerMb * sizeMb <= LOSSLESS_BUDGET_MS) {
      const ms = time(() => losslessStringify(losslessParse(text), null, 2));
      losslessPerMb = ms / sizeMb;
      lossless = ms.toFixed(0);
    }
    rows.push([
      `${sizeMb} MB`,
      parseMs.toFixed(0),
      ratio(checkMs, parseMs),
      stringifyMs.toFixed(0),
      ratio(formatMs, stringifyMs),
      minifyMs.toFixed(0),
      lossless,
    ]);
    // Let the collector reclaim the previous size before the next one.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  printTable(
    [
      'size',
      'JSON.parse ms',
      'checkJson ms (×parse)',
      'parse+stringify ms',
      'formatJson ms (×stringify)',
      'minifyJson (of formatted) ms',
      'lossless-json ms',
    ],
    rows,
  );
}

/** Prints rows under a header, columns right-aligned. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchJson().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
