import { describe, it, expect } from 'vitest';
import type { BodyChange, HeaderDiff } from '../types';
import { formatSummary, summarizeDiff, type SummarizableDiff } from './summarizeDiff';

const header = (change: HeaderDiff['change'], ignored = false): HeaderDiff => ({
  name: 'X',
  change,
  ignored,
});
const body = (...kinds: BodyChange['change'][]): BodyChange[] =>
  kinds.map((change) => ({ path: '', change }));

function make(
  status: [number, number],
  headers: HeaderDiff[],
  changes: BodyChange[],
  ignored = 0,
  kind: 'json' | 'text' | 'none' = 'json',
): SummarizableDiff {
  return {
    status: { a: status[0], b: status[1], changed: status[0] !== status[1] },
    headers,
    body: { kind, changes, ignored },
  };
}

describe('summaries', () => {
  it.each<[string, SummarizableDiff, string]>([
    ['nothing differs', make([200, 200], [header('unchanged')], []), 'identical'],
    [
      'only ignored headers differ',
      make([200, 200], [header('changed', true), header('added', true), header('removed', true)], []),
      'identical apart from 3 ignored headers',
    ],
    [
      'ignored headers and paths',
      make([200, 200], [header('changed', true)], [], 2),
      'identical apart from 1 ignored header and 2 ignored body paths',
    ],
    [
      'everything differs',
      make(
        [200, 500],
        [
          header('changed'),
          header('added'),
          header('removed'),
          header('changed', true),
          header('added', true),
        ],
        body('changed', 'changed', 'added', 'removed', ...Array<BodyChange['change']>(12).fill('moved')),
      ),
      'status differs: 200 vs 500 · 3 headers differ, 2 ignored · 4 body changes, 12 items moved',
    ],
    ['one header, singular', make([200, 200], [header('added')], []), '1 header differs'],
    [
      'status and ignored headers',
      make([200, 404], [header('changed', true)], []),
      'status differs: 200 vs 404 · 1 ignored header',
    ],
    ['only moves', make([200, 200], [], body('moved')), '1 item moved'],
    ['text body', make([200, 200], [], body('changed', 'added'), 0, 'text'), '2 lines differ'],
    ['body edits with ignored paths', make([200, 200], [], body('changed'), 3), '1 body change, 3 ignored'],
    [
      'counts with thousands separators',
      make(
        [200, 200],
        [],
        [...body(...Array<BodyChange['change']>(100_000).fill('added')), ...body('moved')],
        1200,
      ),
      '100,000 body changes, 1 item moved, 1,200 ignored',
    ],
  ])('%s', (_label, diff, expected) => {
    expect(formatSummary(summarizeDiff(diff))).toBe(expected);
  });

  it('counts each kind of change', () => {
    const counts = summarizeDiff(
      make(
        [200, 200],
        [header('changed'), header('unchanged'), header('changed', true)],
        body('moved', 'moved', 'added'),
        4,
      ),
    );
    expect(counts).toMatchObject({
      identical: false,
      headers: { changed: 1, unchanged: 1, ignored: 1, added: 0, removed: 0 },
      body: { kind: 'json', label: 'JSON', moved: 2, added: 1, removed: 0, changed: 0, ignored: 4 },
    });
  });

  it('a diff without an ignored count counts zero', () => {
    const diff = make([200, 200], [], []);
    const { ignored: _, ...bodyWithout } = diff.body;
    expect(summarizeDiff({ ...diff, body: bodyWithout }).body.ignored).toBe(0);
  });
});
