import { describe, expect, it } from 'vitest';
import type { DiffRegion } from './diff.types';
import { diffLines } from './lineDiff';
import { MAX_REGION_LINES } from './jsonRegions';
import { textRegions } from './textRegions';

const lines = (count: number, edit: (n: number) => string | undefined = () => undefined): string =>
  Array.from({ length: count }, (_, i) => edit(i + 1) ?? `line ${i + 1}`).join('\n');

const rowsText = (region: DiffRegion | undefined): string[] =>
  (region?.rows ?? []).map(
    (row) => `${row.kind[0]} ${region?.aLines[row.a] ?? '-'} | ${region?.bLines[row.b] ?? '-'}`,
  );

describe('textRegions', () => {
  it('shows each changed run with three unchanged lines around it', () => {
    const { regions, leftOut } = textRegions(
      diffLines(
        lines(20),
        lines(20, (n) => (n === 10 ? 'ten' : undefined)),
      ),
    );
    expect(leftOut).toBe(0);
    expect(regions).toHaveLength(1);
    expect(regions[0]).toMatchObject({
      title: 'line 10',
      aFirstLine: 7,
      bFirstLine: 7,
      changes: [0],
      spans: [[3, 3]],
    });
    expect(rowsText(regions[0])).toEqual([
      's line 7 | line 7',
      's line 8 | line 8',
      's line 9 | line 9',
      'c line 10 | ten',
      's line 11 | line 11',
      's line 12 | line 12',
      's line 13 | line 13',
    ]);
  });

  it('merges runs whose context would overlap, and keeps far runs apart', () => {
    const b = lines(40, (n) => (n === 5 || n === 9 || n === 30 ? `changed ${n}` : undefined));
    const { regions } = textRegions(diffLines(lines(40), b));
    expect(regions.map((r) => [r.aFirstLine, r.rows.length, r.changes])).toEqual([
      [2, 11, [0, 1]],
      [27, 7, [2]],
    ]);
  });

  it('aligns removed and added lines with the lines on the other side', () => {
    const a = 'one\ntwo\nthree\nfour';
    const b = 'one\nthree\nfour\nfive';
    const { regions } = textRegions(diffLines(a, b));
    expect(regions.flatMap(rowsText)).toEqual([
      's one | one',
      'r two | -',
      's three | three',
      's four | four',
      'a - | five',
    ]);
  });

  it('splits a changed run longer than a region', () => {
    const count = MAX_REGION_LINES * 2 + 10;
    const { regions } = textRegions(
      diffLines(
        lines(count),
        lines(count, (n) => `new ${n}`),
      ),
    );
    expect(regions.length).toBe(3);
    expect(regions.flatMap((r) => r.changes)).toEqual(Array.from({ length: count }, (_, i) => i));
  });
});
