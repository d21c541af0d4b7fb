import { describe, expect, it } from 'vitest';
import { matchBrackets } from './matchBrackets';
import { readArrayItems, readObjectMembers } from './readJsonChildren';
import { skipJsonValue } from './skipJsonValue';

describe('matchBrackets', () => {
  it.each<[string, [number, number][]]>([
    ['[]', [[0, 1]]],
    [
      '[{}, [1]]',
      [
        [0, 8],
        [1, 2],
        [5, 7],
      ],
    ],
    [
      '{"a":"]}","b":{"c":[]}}',
      [
        [0, 22],
        [14, 21],
        [19, 20],
      ],
    ],
    ['"[\\"]"', []],
  ])('%s', (text, pairs) => {
    const closeAt = matchBrackets(text);
    const found = [...closeAt.entries()].filter(([, close]) => close > 0);
    expect(found).toEqual(pairs);
  });

  it('lets readers skip containers with the same results', () => {
    const text = '{"a":[1,{"b":"]"}],"c":{"d":[[]]},"e":2}';
    const closeAt = matchBrackets(text);
    const root = { start: 0, end: text.length };
    expect(readObjectMembers(text, root, closeAt)).toEqual(readObjectMembers(text, root));
    const array = { start: 5, end: 18 };
    expect(readArrayItems(text, array, closeAt)).toEqual(readArrayItems(text, array));
    expect(skipJsonValue(text, 0, closeAt)).toBe(text.length);
  });
});
