/**
 * Benchmark of the response comparison against jsondiffpatch on two ~10 MB JSON bodies (an array of
 * ~50k objects, some with 64-bit ids) where 1% of the items moved and 1% were edited.
 *
 * Run: ./node_modules/.bin/tsx scripts/bench-diff.ts
 */
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { create } from 'jsondiffpatch';
import { diffResponses } from '../src/core/diff/diffResponses';
import { parseJsonTree } from '../src/core/json/parseJsonTree';
import type { HttpResponse } from '../src/core/types';
import { seededRandom } from './seededRandom';

/** Items in the full-size bodies (about 10 MB each). */
const ITEM_COUNT = 50_000;
/** Share of items moved elsewhere, and share edited. */
const MOVED_SHARE = 0.01;
const EDITED_SHARE = 0.01;
/** Share of items whose id does not fit in a double (needs 64 bits). */
const WIDE_ID_SHARE = 0.01;
/** Above this estimated time jsondiffpatch runs on a smaller body and its time is extrapolated. */
const MAX_REFERENCE_SECONDS = 60;
/** Items in the smaller body used to estimate jsondiffpatch (about 2 MB). */
const ESTIMATE_ITEM_COUNT = 10_000;
const SEED = 20240601;
/** Timed repetitions after the first call, once the JIT has seen the code. */
const WARM_RUNS = 3;

const WORDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];

function itemText(random: () => number, index: number, idText: string, edited: boolean): string {
  const word = (): string => WORDS[Math.floor(random() * WORDS.length)] ?? 'x';
  const drawn = (random() * 1000).toFixed(3);
  const score = edited ? '-1.5' : drawn;
  return (
    `{"id":${idText},"name":"${word()} ${word()}","email":"user${index}@example.com",` +
    `"active":${random() < 0.5},"score":${score},"tags":["${word()}","${word()}"],` +
    `"address":{"city":"${word()}ville","zip":"${10000 + index}"},"updatedAt":"2024-06-0${1 + (index % 9)}"}`
  );
}

/** Two bodies built from the same seed: B has MOVED_SHARE of items moved and EDITED_SHARE edited. */
export function makeBodies(count: number): { a: string; b: string } {
  const random = seededRandom(SEED);
  const ids = Array.from({ length: count }, (_, i) =>
    random() < WIDE_ID_SHARE ? String(9_000_000_000_000_000_000n + BigInt(i) * 4096n) : String(i + 1),
  );
  const state = seededRandom(SEED + 1);
  const itemsA: string[] = [];
  const itemsB: string[] = [];
  for (let i = 0; i < count; i++) {
    const itemSeed = Math.floor(state() * 2 ** 31);
    const edited = state() < EDITED_SHARE;
    itemsA.push(itemText(seededRandom(itemSeed), i, ids[i] ?? '0', false));
    itemsB.push(itemText(seededRandom(itemSeed), i, ids[i] ?? '0', edited));
  }
  const moves = Math.round(count * MOVED_SHARE);
  for (let m = 0; m < moves; m++) {
    const from = Math.floor(random() * itemsB.length);
    const [item] = itemsB.splice(from, 1);
    if (item !== undefined) itemsB.splice(Math.floor(random() * itemsB.length), 0, item);
  }
  return { a: `[${itemsA.join(',')}]`, b: `[${itemsB.join(',')}]` };
}

const response = (body: string): HttpResponse => ({
  httpVersion: 'HTTP/1.1',
  status: 200,
  reason: 'OK',
  headers: [{ name: 'Content-Type', value: 'application/json' }],
  body,
});

interface Measure {
  ms: number;
  heapMb: number;
  rssMb: number;
}

/**
 * A full collection before each measure, so one run does not pay for the garbage of the previous one.
 * Exposing gc at run time saves having to pass --expose-gc.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function collect(): void {
  gc();
}

function measure(run: () => unknown): { measure: Measure; result: unknown } {
  collect();
  const before = process.memoryUsage();
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  const after = process.memoryUsage();
  const mb = (bytes: number): number => Math.round(bytes / 1048576);
  return {
    measure: { ms, heapMb: mb(after.heapUsed - before.heapUsed), rssMb: mb(after.rss - before.rss) },
    result,
  };
}

function medianMs(run: () => void): number {
  const times = Array.from({ length: WARM_RUNS }, () => measure(run).measure.ms).sort((x, y) => x - y);
  return times[Math.floor(WARM_RUNS / 2)] ?? 0;
}

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

export async function benchDiff(): Promise<void> {
  const { a, b } = makeBodies(ITEM_COUNT);
  say(`bodies: ${(a.length / 1e6).toFixed(1)} MB and ${(b.length / 1e6).toFixed(1)} MB, ${ITEM_COUNT} items`);

  const ours = measure(() => diffResponses(response(a), response(b)));
  const diff = ours.result as ReturnType<typeof diffResponses>;
  say(
    `diffResponses, first call: ${ours.measure.ms.toFixed(0)} ms, heap +${ours.measure.heapMb} MB, rss +${ours.measure.rssMb} MB`,
  );
  say(`  ${diff.summary}`);
  const warm = Array.from(
    { length: WARM_RUNS },
    () => measure(() => diffResponses(response(a), response(b))).measure.ms,
  );
  const warmMs = warm.sort((x, y) => x - y)[Math.floor(WARM_RUNS / 2)] ?? ours.measure.ms;
  const parseMs = medianMs(() => {
    parseJsonTree(a);
    parseJsonTree(b);
  });
  say(
    `diffResponses, warm (median of ${WARM_RUNS}): ${warmMs.toFixed(0)} ms, for reference parseJsonTree of both bodies ${parseMs.toFixed(0)} ms (the diff no longer builds trees)`,
  );

  // Estimate first on the smaller body; jsondiffpatch's array alignment grows faster than linearly.
  const small = makeBodies(ESTIMATE_ITEM_COUNT);
  const estimate = measure(() => referenceDiff(small.a, small.b));
  const scale = ITEM_COUNT / ESTIMATE_ITEM_COUNT;
  const projectedMs = estimate.measure.ms * scale * scale;
  say(
    `jsondiffpatch on ${(small.a.length / 1e6).toFixed(1)} MB: ${estimate.measure.ms.toFixed(0)} ms, heap +${estimate.measure.heapMb} MB, rss +${estimate.measure.rssMb} MB`,
  );

  let referenceMs: number;
  if (projectedMs > MAX_REFERENCE_SECONDS * 1000) {
    referenceMs = projectedMs;
    // Its memory grows quadratically too: at full size it exhausts a 4 GB heap, hence no real run.
    say(
      `jsondiffpatch on full size: not run; extrapolated quadratically to ${(projectedMs / 1000).toFixed(1)} s`,
    );
  } else {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const reference = measure(() => referenceDiff(a, b));
    referenceMs = reference.measure.ms;
    say(
      `jsondiffpatch (parse + diff): ${referenceMs.toFixed(0)} ms, heap +${reference.measure.heapMb} MB, rss +${reference.measure.rssMb} MB`,
    );
  }
  say(
    `ratio: ${(referenceMs / ours.measure.ms).toFixed(0)}x faster (first call), ${(referenceMs / warmMs).toFixed(0)}x (warm)`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchDiff().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
