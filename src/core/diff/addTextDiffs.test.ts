import { describe, expect, it } from 'vitest';
import type { BodyChange } from '../types';
import { addTextDiffs, MAX_TEXT_DIFFS } from './addTextDiffs';

const long = 'An HTML fragment: <p class="notice">Your session will expire in 5 minutes.</p>';

describe('addTextDiffs', () => {
  it.each<[string, BodyChange, 'json' | 'text', boolean]>([
    [
      'a changed JSON string, decoded',
      {
        path: '/m',
        change: 'changed',
        a: JSON.stringify(long),
        b: JSON.stringify(long.replace('5', '10')).replace('<', '\\u003c'),
      },
      'json',
      true,
    ],
    [
      'a changed text line',
      { path: '/lines/1', change: 'changed', a: long, b: long.replace('5', '10') },
      'text',
      true,
    ],
    ['a number', { path: '/n', change: 'changed', a: '1'.repeat(80), b: '2'.repeat(80) }, 'json', false],
    [
      'a string against an object',
      { path: '/m', change: 'changed', a: JSON.stringify(long), b: '{}' },
      'json',
      false,
    ],
    ['an added string', { path: '/m', change: 'added', b: JSON.stringify(long) }, 'json', false],
  ])('%s: %s', (_label, change, kind, diffed) => {
    const [result] = addTextDiffs([{ ...change }], kind);
    expect(result?.textDiff !== undefined).toBe(diffed);
    if (diffed) {
      const pieces = result?.textDiff?.flatMap((h) => h.pieces) ?? [];
      expect(pieces.filter((p) => p.kind !== 'same').map((p) => p.text)).toEqual(['5', '10']);
    }
  });

  it('stops after MAX_TEXT_DIFFS changes', () => {
    const changes = Array.from({ length: MAX_TEXT_DIFFS + 5 }, (_, i): BodyChange => ({
      path: `/lines/${i + 1}`,
      change: 'changed',
      a: `${long} ${i}`,
      b: `${long} ${i}!`,
    }));
    expect(addTextDiffs(changes, 'text').filter((c) => c.textDiff).length).toBe(MAX_TEXT_DIFFS);
  });
});
