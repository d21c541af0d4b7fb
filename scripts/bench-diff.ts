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
/** jsondiffpatch runs for real when its estimated CPU time stays under this; above, it is extrapolated. */
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

/**
 * Wall-clock and CPU time of one run. The CPU time (this process, all its threads) moves much less
 * than the wall clock when other programs share the machine, so the ratios are taken from it.
 */
interface Timing {
  wall: number;
  cpu: number;
}

function timeMs(run: () => unknown): Timing {
  gc();
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** First call, then the run with the median CPU time of WARM_RUNS more. */
function firstAndWarm(run: () => unknown): { first: Timing; warm: Timing } {
  const first = timeMs(run);
  const warm = Array.from({ length: WARM_RUNS }, () => timeMs(run)).sort((x, y) => x.cpu - y.cpu);
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
const timing = (value: Timing): string => `${ms(value.cpu)} CPU (${ms(value.wall)} wall)`;

export async function benchDiff(): Promise<void> {
  say('\n== Compare: two bodies, 1 % of the items edited, 2 % moved ==');
  const small = makeBodies(ESTIMATE_ITEM_COUNT);
  const estimate = timeMs(() => referenceDiff(small.a, small.b));
  say(`jsondiffpatch (objectHash by id) on ${(small.a.length / 1e6).toFixed(1)} MB: ${timing(estimate)}`);

  for (const { label, items } of SIZES) {
    const { a, b } = makeBodies(items);
    const sizeMb = (a.length / 1e6).toFixed(1);
    const diff = diffResponses(response(a), response(b));
    const ours = firstAndWarm(() => diffResponses(response(a), response(b)));
    const task = firstAndWarm(() => compareInputs(a, b));
    const patch = timeMs(() => diffToJsonPatch(diff));
    const parse = timeMs(() => {
      JSON.parse(a);
      JSON.parse(b);
    });

    const scale = items / ESTIMATE_ITEM_COUNT;
    const projected = { cpu: estimate.cpu * scale * scale, wall: estimate.wall * scale * scale };
    await new Promise((resolve) => setTimeout(resolve, 0));
    let reference: Timing;
    let how: string;
    if (projected.cpu <= MAX_REFERENCE_SECONDS * 1000) {
      reference = timeMs(() => referenceDiff(a, b));
      how = 'measured';
    } else {
      // Its array alignment grows with the square of the item count, and so does its memory: at this
      // size a real run would take minutes and gigabytes.
      reference = projected;
      how = 'extrapolated quadratically from the small run';
    }
    say(`\n${label} (${sizeMb} MB per body, ${items.toLocaleString('en')} items): ${diff.summary}`);
    say(`  diffResponses             first ${timing(ours.first)}, warm ${timing(ours.warm)}`);
    say(`  compare task (+ regions)  first ${timing(task.first)}, warm ${timing(task.warm)}`);
    say(`  diffToJsonPatch           ${timing(patch)}`);
    say(`  JSON.parse of both bodies ${timing(parse)} (for scale)`);
    say(`  jsondiffpatch             ${timing(reference)} (${how})`);
    say(
      `  ratio (CPU time)          ${(reference.cpu / ours.first.cpu).toFixed(0)}x faster than jsondiffpatch (first call), ${(reference.cpu / ours.warm.cpu).toFixed(0)}x (warm)`,
    );
  }

  const chainA = `${'['.repeat(CHAIN_DEPTH)}1${']'.repeat(CHAIN_DEPTH)}`;
  const chainB = `${'['.repeat(CHAIN_DEPTH)}2${']'.repeat(CHAIN_DEPTH)}`;
  const chain = firstAndWarm(() => diffResponses(response(chainA), response(chainB)));
  say(
    `\n${CHAIN_DEPTH.toLocaleString('en')}-level chain differing at the bottom: first ${timing(chain.first)}, warm ${timing(chain.warm)}`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchDiff().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
