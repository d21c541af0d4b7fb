import { describe, expect, it } from 'vitest';
import { DuplicateKeyTracker } from './DuplicateKeyTracker';
import { SMALL_OBJECT_KEYS } from './jsonLimits';

/** Feeds the keys of one object (as JSON key tokens) and returns the duplicate answers. */
function feed(keys: string[]): number[] {
  const text = keys.join(' ');
  const tracker = new DuplicateKeyTracker();
  tracker.enterObject();
  const answers: number[] = [];
  let at = 0;
  for (const key of keys) {
    answers.push(tracker.add(text, at, at + key.length));
    at += key.length + 1;
  }
  return answers;
}

describe('DuplicateKeyTracker', () => {
  it.each([
    ['distinct keys', ['"a"', '"b"', '"c"'], [-1, -1, -1]],
    ['a repeat points at the first', ['"a"', '"b"', '"a"'], [-1, -1, 0]],
    ['escapes compare decoded', ['"é"', '"\\u00e9"'], [-1, 0]],
    ['same length, different text', ['"ab"', '"ba"'], [-1, -1]],
    ['empty key', ['""', '""'], [-1, 0]],
  ])('%s', (_name, keys, expected) => {
    expect(feed(keys)).toEqual(expected);
  });

  it('keeps finding repeats after switching to a Map for large objects', () => {
    const keys = Array.from({ length: SMALL_OBJECT_KEYS * 3 }, (_, i) => `"k${i}"`);
    const answers = feed([...keys, '"k1"', '"\\u006b2"', '"new"']);
    expect(answers.slice(0, keys.length).every((a) => a === -1)).toBe(true);
    expect(answers.slice(keys.length)).toEqual([5, 10, -1]);
  });

  it('forgets an object when it closes', () => {
    const text = '"a" "a"';
    const tracker = new DuplicateKeyTracker();
    tracker.enterObject();
    expect(tracker.add(text, 0, 3)).toBe(-1);
    tracker.enterObject();
    expect(tracker.add(text, 4, 7)).toBe(-1); // a nested object has its own keys
    tracker.leaveObject();
    expect(tracker.add(text, 4, 7)).toBe(0);
  });
});
