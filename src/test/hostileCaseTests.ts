import { describe, expect, it } from 'vitest';
import { HOSTILE_CASE_GROUPS, type HostileCase } from './hostileInputs';

/**
 * The hostile tests of one area (src/core/hostileInputs.<area>.test.ts): every core entry point on
 * hostile and huge input (src/test/hostileInputs.ts) must answer, never throw, at a size where a step
 * quadratic in its input would outlast the test timeout. `npm run bench` prints how each scales.
 *
 * The timeout is a minute: the slowest linear case takes ~5 s on a quiet 2-core machine and up to
 * 21 s on one shared with other builds (load 12); a quadratic step at 16 times the bench's size takes
 * 256 times its bench time (the masking that took 4.4 s at 192 kB: over a minute at 800 kB).
 */
const TIMEOUT_MS = 60_000;

export function testHostileCases(area: keyof typeof HOSTILE_CASE_GROUPS): void {
  /** The last input made: neighbouring cases that share a maker and size (the HAR entries) build it once. */
  let made: { make: HostileCase['make']; size: number; input: string } | undefined;
  function inputOf(c: HostileCase): string {
    const size = c.n * (c.testScale ?? 16);
    if (made?.make !== c.make || made.size !== size) made = { make: c.make, size, input: c.make(size) };
    return made.input;
  }

  describe(`hostile inputs: ${area}`, () => {
    it.each(HOSTILE_CASE_GROUPS[area].map((c: HostileCase) => [c.name, c] as const))(
      '%s',
      (_name, c) => {
        const input = inputOf(c);
        expect(() => c.run(input)).not.toThrow();
      },
      TIMEOUT_MS,
    );
  });
}
