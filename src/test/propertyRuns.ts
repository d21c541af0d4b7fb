/**
 * How property tests (fast-check) run. In `npm test` every property is seeded and bounded, so the
 * suite takes the same time and the same cases on every run; `npm run fuzz` (FUZZ=<factor>) makes
 * FUZZ times as many runs from a fresh seed, which fast-check prints with any counterexample so it
 * can be replayed (FUZZ_SEED=<seed>).
 */
const factor = Math.max(1, Number(process.env['FUZZ'] ?? 1) || 1);

/** The seed of every property run: fixed in npm test, fresh (or FUZZ_SEED) under npm run fuzz. */
export const PROPERTY_SEED =
  process.env['FUZZ_SEED'] !== undefined
    ? Number(process.env['FUZZ_SEED'])
    : factor > 1
      ? Date.now() % 2 ** 31
      : 20_261_127;

/** The run count for one property: `numRuns` in npm test, `numRuns × FUZZ` under npm run fuzz. */
export function propertyRuns(numRuns: number): { numRuns: number } {
  return { numRuns: numRuns * factor };
}
