import { describe, expect, it } from 'vitest';
import { describeHeader } from './describeHeader';

describe('describeHeader', () => {
  it.each([
    ['Retry-After', /wait/i],
    ['retry-after', /wait/i],
    ['WWW-Authenticate', /401/],
    [' Allow ', /405/],
    ['X-RateLimit-Remaining', /left/i],
  ])('%s', (name, pattern) => {
    expect(describeHeader(name)).toMatch(pattern);
  });

  it('knows nothing of made-up headers', () => {
    expect(describeHeader('X-Made-Up')).toBeUndefined();
    expect(describeHeader('__proto__')).toBeUndefined();
    expect(describeHeader('constructor')).toBeUndefined();
  });
});
