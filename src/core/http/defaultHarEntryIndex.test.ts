import { describe, expect, it } from 'vitest';
import type { ParsedInput } from '../types';
import { defaultHarEntryIndex } from './defaultHarEntryIndex';

function har(...statuses: number[]): ParsedInput {
  return {
    kind: 'har',
    problems: [],
    exchanges: statuses.map((status) => ({
      response: { httpVersion: 'HTTP/2', status, reason: '', headers: [], body: '' },
    })),
  };
}

describe('defaultHarEntryIndex', () => {
  it.each([
    [[200, 404, 200], 1],
    [[500, 200, 401, 304], 2],
    [[200, 0, 200], 1],
    [[200, 301, 204], 2],
    [[200], 0],
    [[], -1],
  ])('%j → %i', (statuses, expected) => {
    expect(defaultHarEntryIndex(har(...statuses))).toBe(expected);
  });
});
