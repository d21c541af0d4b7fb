import { describe, expect, it } from 'vitest';
import { findBodyNotAllowed } from './diagnose/findBodyNotAllowed';
import { makeContext } from './diagnose/testExchange';
import { formatComparisonReport } from './report/formatComparisonReport';
import { contentLengthMismatch } from './http/contentLengthMismatch';
import { MAX_REPAIR_CHANGES, suggestRepair } from './json/suggestRepair';
import type { ResponseDiff } from './types';

/** Counts in sentences the core writes: one thing is singular ("1 change"), and so is its verb. */
describe("counts in the core's sentences", () => {
  it('Content-Length of 1 byte', () => {
    expect(contentLengthMismatch(1, '', false)?.message).toMatch(
      /^Content-Length says 1 byte but the body has 0 bytes\./,
    );
  });

  it('one character after the headers of a 204', () => {
    const [finding] = findBodyNotAllowed(makeContext({ status: 204, body: 'x' }));
    expect(finding?.detail).toContain('yet 1 character follows the headers');
  });

  it('one header and one body change in a comparison report', () => {
    const diff: ResponseDiff = {
      status: { a: 200, b: 200, changed: false },
      headers: [{ name: 'X-Version', change: 'changed', a: '1', b: '2', ignored: false }],
      body: { kind: 'json', changes: [{ path: '/price', change: 'changed', a: '1.10', b: '1.1' }] },
      summary: '',
    };
    const report = formatComparisonReport(diff, { a: 'A', b: 'B' });
    expect(report).toContain('Headers: 1 differs');
    expect(report).toContain('Body (JSON): 1 change\n');
  });

  it('one changed line past the described ones in a repair', () => {
    const lines = Array.from({ length: MAX_REPAIR_CHANGES + 1 }, (_, i) => `  "k${i}": 'v',`);
    const repair = suggestRepair(`{\n${lines.join('\n')}\n  "end": 1\n}`);
    expect(repair.ok && repair.changes.at(-1)).toBe('…and 1 more changed line.');
  });
});
