/**
 * Benchmark of the response comparison against jsondiffpatch, at 3 MB and 20 MB per body: an array of
 * API-like objects (some with 64-bit ids) where 1 % of the items were edited and 2 % moved, as in the
 * Compare screen's worst everyday case. Also: the whole worker task (comparison plus the side-by-side
 * regions), the JSON Patch export, and a 200,000-level chain.
 *
 * Run: ./node_modules/.bin/tsx scripts/bench-diff.ts
 */
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { create } from 'jsondiffpatch';
import { compareInputs } from '../src/core/analysis/compareInputs';
import { diffResponses } from '../src/core/diff/diffResponses';
import { diffToJsonPatch } from '../src/core/report/jsonPatch';
import type { HttpResponse } from '../src/core/types';
import { makeBodies } from './compareBodies';

/** Items per body: about 3 MB and 20 MB of minified JSON. */
const SIZES: readonly { label: string; items: number }[] = [
  { label: '3 MB', items: 15_000 },
  { label: '20 MB', items: 100_000 },
];
/** jsondiffpatch runs for real when its estimate stays under this; above, its time is extrapolated. */
const MAX_REFERENCE_SECONDS = 30;
/** Items of the body jsondiffpatch is first timed on, to estimate the larger ones (about 1 MB). */
const ESTIMATE_ITEM_COUNT = 5_000;
/** Timed repetitions after the first call, once the JIT has seen the code. */
const WARM_RUNS = 3;
const CHAIN_DEPTH = 200_000;

const response = (body: string): HttpResponse => ({
  httpVersion: 'HTTP/1.1',
  status: 200,
  reason: 'OK',
  headers: [{ name: 'Content-Type', value: 'application/json' }],
  body,
});

/**
 * A full collection before each measure, so one run does not pay for the garbage of the previous one.
 * Exposing gc at run time saves having to pass --expose-gc.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function timeMs(run: () => unknown): number {
  gc();
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** First call, then the median of WARM_RUNS more. */
function firstAndWarm(run: () => unknown): { first: number; warm: number } {
  const first = timeMs(run);
  const warm = Array.from({ length: WARM_RUNS }, () => timeMs(run)).sort((x, y) => x - y);
  return { first, warm: warm[Math.floor(WARM_RUNS / 2)] ?? first };
}

/** jsondiffpatch as its docs suggest for arrays of records: parse, then diff with an objectHash. */
function referenceDiff(a: string, b: string): unknown {
  const patcher = create({
    objectHash: (o: object) => {
      const id = (o as { id?: unknown }).id;
      return id === undefined ? JSON.stringify(o) : String(id);
    },
  });
  return patcher.diff(JSON.parse(a), JSON.parse(b));
}

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
const ms = (value: number): string => `${value.toFixed(0)} ms`;

export async function benchDiff(): Promise<void> {
  say('\n== Compare: two bodies, 1 % of the items edited, 2 % moved ==');
  const small = makeBodies(ESTIMATE_ITEM_COUNT);
  const estimateMs = timeMs(() => referenceDiff(small.a, small.b));
  say(`jsondiffpatch (objectHash by id) on ${(small.a.length / 1e6).toFixed(1)} MB: ${ms(estimateMs)}`);

  for (const { label, items } of SIZES) {
    const { a, b } = makeBodies(items);
    const sizeMb = (a.length / 1e6).toFixed(1);
    const diff = diffResponses(response(a), response(b));
    const ours = firstAndWarm(() => diffResponses(response(a), response(b)));
    const task = firstAndWarm(() => compareInputs(a, b));
    const patchMs = timeMs(() => diffToJsonPatch(diff));
    const parseMs = timeMs(() => {
      JSON.parse(a);
      JSON.parse(b);
    });

    const scale = items / ESTIMATE_ITEM_COUNT;
    const projectedMs = estimateMs * scale * scale;
    await new Promise((resolve) => setTimeout(resolve, 0));
    let referenceMs: number;
    let how: string;
    if (projectedMs <= MAX_REFERENCE_SECONDS * 1000) {
      referenceMs = timeMs(() => referenceDiff(a, b));
      how = 'measured';
    } else {
      // Its array alignment grows with the square of the item count, and so does its memory: at this
      // size a real run would take minutes and gigabytes.
      referenceMs = projectedMs;
      how = 'extrapolated quadratically from the small run';
    }
    say(`\n${label} (${sizeMb} MB per body, ${items.toLocaleString('en')} items): ${diff.summary}`);
    say(`  diffResponses             first ${ms(ours.first)}, warm ${ms(ours.warm)}`);
    say(`  compare task (+ regions)  first ${ms(task.first)}, warm ${ms(task.warm)}`);
    say(`  diffToJsonPatch           ${ms(patchMs)}`);
    say(`  JSON.parse of both bodies ${ms(parseMs)} (for scale)`);
    say(`  jsondiffpatch             ${ms(referenceMs)} (${how})`);
    say(
      `  ratio                     ${(referenceMs / ours.first).toFixed(0)}x faster than jsondiffpatch (first call), ${(referenceMs / ours.warm).toFixed(0)}x (warm)`,
    );
  }

  const chainA = `${'['.repeat(CHAIN_DEPTH)}1${']'.repeat(CHAIN_DEPTH)}`;
  const chainB = `${'['.repeat(CHAIN_DEPTH)}2${']'.repeat(CHAIN_DEPTH)}`;
  const chain = firstAndWarm(() => diffResponses(response(chainA), response(chainB)));
  say(
    `\n${CHAIN_DEPTH.toLocaleString('en')}-level chain differing at the bottom: first ${ms(chain.first)}, warm ${ms(chain.warm)}`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchDiff().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
