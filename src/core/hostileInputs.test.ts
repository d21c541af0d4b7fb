import { describe, expect, it } from 'vitest';
import { HOSTILE_CASES } from '../test/hostileInputs';

/**
 * Every core entry point on hostile and huge input (src/test/hostileInputs.ts): each must answer,
 * never throw, at a size where a step quadratic in its input would outlast the test timeout.
 * `npm run bench` prints how each scales.
 */
describe('hostile inputs', () => {
  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const input = c.make(c.n * (c.testScale ?? 16));
    expect(() => c.run(input)).not.toThrow();
  });
});
