import { describe, expect, it } from 'vitest';
import { MAX_PROBLEMS } from './limits';
import { ProblemList } from './ProblemList';

describe('ProblemList', () => {
  it('reports the same problem on the same line once', () => {
    const list = new ProblemList();
    list.add('warning', 'same', 3);
    list.add('warning', 'same', 3);
    list.add('warning', 'same', 4);
    expect(list.toArray()).toEqual([
      { severity: 'warning', message: 'same', line: 3 },
      { severity: 'warning', message: 'same', line: 4 },
    ]);
  });

  it('summarises what goes beyond the cap', () => {
    const list = new ProblemList();
    for (let i = 0; i < MAX_PROBLEMS + 7; i++) list.add('warning', 'not a header', i + 1);
    const problems = list.toArray();
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems.at(-1)).toEqual({
      severity: 'info',
      message: '7 more problems were found but not listed.',
    });
  });

  it.each([
    ['warning', false],
    ['error', true],
  ] as const)('hasErrors after a %s: %s', (severity, expected) => {
    const list = new ProblemList();
    list.add(severity, 'x');
    expect(list.hasErrors()).toBe(expected);
  });
});
