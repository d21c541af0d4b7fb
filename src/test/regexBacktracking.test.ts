import { analyse } from 'scslre';
import { describe, expect, it } from 'vitest';
import { findRegexes, type FoundRegex } from './regexInventory';

/**
 * No regular expression in src/ backtracks super-linearly (exponential, or polynomial like
 * `\s*(.+?)\s*$` or `\s+$` on a long line), as scslre (the analysis behind eslint-plugin-regexp's
 * no-super-linear-backtracking and no-super-linear-move) finds: a pasted line, header or body can be
 * megabytes long. A pattern it flags may stay only here, with the reason its input is short or the
 * backtracking cannot happen; a pattern built at run time from non-constant parts (which the scan
 * stands in for with `x`) also needs its reason here.
 *
 * scslre finds attack strings that repeat one character; keep patterns of repeated words (`HTTP.*`
 * unanchored) in mind when reviewing.
 */
const ALLOWED: { file: string; written: string; why: string }[] = [
  {
    file: 'src/core/diagnose/htmlToText.ts',
    written: '/<[^>]*>/g',
    why: 'run on one element of a page, at most MAX_ELEMENT_CHARS (extractMarkupError.ts)',
  },
  {
    file: 'src/core/http/parseCurlVerbose.ts',
    written: String.raw`/^(?:Connection #\d+ to host .* left intact|Closing connection(?: #?\d+)?|Mark bundle as not supporting multiuse|Received 101.*|Using HTTP2, server supports multiplexing|Connection state changed .*|Copying HTTP\/2 data in stream buffer.*|Request completely sent off|upload completely sent off: .*|Trying \S+\.\.\.|Connected to \S+ \(.*\) port \d+.*)\s*$/`,
    why: 'tested only on lines of at most MAX_NOTE_LENGTH (200) characters',
  },
  {
    file: 'src/core/http/parseText.ts',
    written: String.raw`/(?:^|\n)(curl: \(\d{1,3}\)[^\n]*)\s*$/`,
    why: "run on the body's last 1024 characters and on a rest of at most 4096",
  },
  {
    file: 'src/core/http/parseWgetOutput.ts',
    written: String.raw`/HTTP.*\.\.\.\s*(\d{3})(?:\s+(.*?))?\s*$/`,
    why: 'tested only on lines of at most MAX_STATUS_LINE_CHARS (256)',
  },
  {
    file: 'src/core/http/transport/findCurlError.ts',
    written: String.raw`/curl: \((\d{1,3})\)\s*(.*)$/`,
    why: "its `\\s*(.*)$` backtracks only up to a line terminator; execCurlError searches from after the line's last one",
  },
  {
    file: 'src/core/json/findMatches.ts',
    written: 'source',
    why: "the search box's own regex when the user asks for one (run in the worker, cancellable); otherwise escaped text",
  },
  {
    file: 'src/state/history/useHistoryEntries.ts',
    written: 'escapeRegExp(q)',
    why: 'the filter text, escaped: a run of literal characters, which cannot backtrack',
  },
];

const allowed = (r: FoundRegex) => ALLOWED.some((a) => a.file === r.file && a.written === r.written);

function problemOf(r: FoundRegex): string | undefined {
  if (r.source === undefined) return 'built at run time from parts the scan cannot read';
  const reports = analyse({ source: r.source, flags: r.flags }).reports;
  if (reports.length === 0) return undefined;
  return reports
    .map(
      (report) =>
        `${report.exponential ? 'exponential' : 'polynomial'} on repeated ${JSON.stringify(report.character.pick)}`,
    )
    .join(', ');
}

describe('regular expressions in src/', () => {
  const regexes = findRegexes(process.cwd());

  it('are found, literals and RegExp() calls alike', () => {
    expect(regexes.length).toBeGreaterThan(300);
    expect(
      regexes.some((r) => r.file === 'src/core/diagnose/noResponse/noResponseAdvice.ts' && r.dynamic),
    ).toBe(true);
  });

  it('never backtrack super-linearly, unless allowed below with the reason', () => {
    const start = performance.now();
    const flagged = regexes.flatMap((r) => {
      const problem = problemOf(r);
      return problem && !allowed(r) ? [`${r.file}:${r.line} ${r.written}\n    ${problem}`] : [];
    });
    console.warn(`scslre checked ${regexes.length} regexes in ${Math.round(performance.now() - start)} ms`);
    expect(flagged.join('\n')).toBe('');
  });

  it('allows only what is still there and still flagged', () => {
    const stale = ALLOWED.filter((a) => {
      const found = regexes.filter((r) => r.file === a.file && r.written === a.written);
      return found.length === 0 || found.every((r) => problemOf(r) === undefined);
    });
    expect(stale).toEqual([]);
  });
});
