/**
 * Hostile and huge inputs against every core entry point: each is run at size n and 4n and the time
 * ratio printed. A linear step gives about 4 (n log n a little more); a quadratic one 16. Figures,
 * not assertions: the tests run the same shapes at sizes where a quadratic step would outlast the
 * test timeout (see *.hostile.test.ts).
 *
 * Run: ./node_modules/.bin/tsx scripts/bench-hostile.ts [filter]
 */
import { pathToFileURL } from 'node:url';
import { HOSTILE_CASES, type HostileCase } from '../src/test/hostileInputs';

/** A ratio above this between 4n and n is reported as super-linear. */
const SUPERLINEAR_RATIO = 8;
/** Room for the longest case name. */
const NAME_WIDTH = 52;
/** Below this many milliseconds at 4n, the ratio is noise. */
const NOISE_MS = 15;

function cpuMs(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function best(run: () => unknown, rounds: number): number {
  let min = Infinity;
  for (let i = 0; i < rounds; i++) min = Math.min(min, cpuMs(run));
  return min;
}

function measure(c: HostileCase): { small: number; large: number } {
  const smallInput = c.make(c.n);
  const largeInput = c.make(c.n * 4);
  c.run(smallInput); // warm-up: compile the paths this input takes
  const small = best(() => c.run(smallInput), 3);
  const large = best(() => c.run(largeInput), 2);
  return { small, large };
}

export async function benchHostile(filter = ''): Promise<void> {
  console.log('\nHostile inputs: CPU ms at n and 4n (ratio ≈ 4 when linear, 16 when quadratic)');
  let flagged = 0;
  for (const c of HOSTILE_CASES) {
    if (filter && !c.name.includes(filter)) continue;
    let small: number;
    let large: number;
    try {
      ({ small, large } = measure(c));
    } catch (error) {
      flagged++;
      console.log(
        `${c.name.padEnd(NAME_WIDTH)} THREW ${error instanceof Error ? error.message : String(error)}`,
      );
      continue;
    }
    const ratio = large / Math.max(small, 0.05);
    const bad = large > NOISE_MS && ratio > SUPERLINEAR_RATIO;
    if (bad) flagged++;
    console.log(
      `${c.name.padEnd(NAME_WIDTH)} n=${c.n.toLocaleString('en').padStart(7)} ${small.toFixed(1).padStart(8)} ms ${large.toFixed(1).padStart(8)} ms  ×${ratio.toFixed(1).padStart(5)}${bad ? '  SUPER-LINEAR' : ''}`,
    );
  }
  console.log(
    flagged === 0 ? 'Every case scales linearly.' : `${flagged} case(s) scale worse than linearly.`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchHostile(process.argv[2]);
