import { describe, expect, it } from 'vitest';
import { checkJson } from './checkJson';
import { describeWarningCount, groupJsonWarnings } from './groupJsonWarnings';
import { MAX_WARNINGS_PER_KIND } from './jsonLimits';

const numbers = (n: number) => `[${Array.from({ length: n }, (_, i) => `${i}.10`).join(',')}]`;

describe('groupJsonWarnings', () => {
  it('counts every warning of a kind, listed or left out past the limit', () => {
    const { warnings } = checkJson(numbers(145_300));
    expect(warnings).toHaveLength(MAX_WARNINGS_PER_KIND + 1);
    const groups = groupJsonWarnings(warnings);
    expect(groups.map((g) => [g.kind, g.total, g.listed.length, g.title])).toEqual([
      ['number-precision', 145_300, 100, '145,300 numbers that JSON.parse would change'],
    ]);
    expect(describeWarningCount(warnings)).toBe('145,300 warnings (100 listed)');
  });

  it.each([
    ['{"a": 1, "a": 2}', ['1 duplicate key'], '1 warning'],
    [
      '{"a": 1, "a": 2, "a": 3, "b": 1.0}',
      ['2 duplicate keys', '1 number that JSON.parse would change'],
      '3 warnings',
    ],
    ['\ufeff["\\ud800"]', ['1 unpaired surrogate', 'A byte order mark at the start'], '2 warnings'],
    [`${'['.repeat(70)}${']'.repeat(70)}`, ['Nesting 70 levels deep'], '1 warning'],
    ['[1]', [], ''],
  ])('%s: %j, %s', (text, titles, count) => {
    const { warnings } = checkJson(text);
    expect(groupJsonWarnings(warnings).map((g) => g.title)).toEqual(titles);
    expect(describeWarningCount(warnings)).toBe(count);
  });
});
