import { jsonrepair } from 'jsonrepair';
import { checkJson } from './checkJson';

/** At most this many changed lines are described; the diff view shows them all. */
export const MAX_REPAIR_CHANGES = 20;
/** Characters of context kept around each change in a description. */
const SNIPPET_CONTEXT = 12;
/** Longest before/after snippet in a change description. */
const MAX_SNIPPET_LENGTH = 60;

export type RepairSuggestion = { ok: true; text: string; changes: string[] } | { ok: false; reason: string };

/**
 * Proposes a repaired version of invalid JSON (quotes, commas, comments, Python literals, truncation...)
 * using jsonrepair, which rewrites the text without parsing values, so numbers such as
 * 12345678901234567890 or 1.10 are kept as written. The suggestion is only returned when it passes
 * checkJson, and never applied by itself: `changes` describes the edits line by line for the user to
 * review (NaN and hex numbers, for instance, become strings).
 */
export function suggestRepair(text: string): RepairSuggestion {
  if (checkJson(text).ok)
    return { ok: false, reason: 'The JSON is already valid: there is nothing to repair.' };
  let repaired: string;
  try {
    repaired = jsonrepair(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `No automatic repair found (${detail}).` };
  }
  const check = checkJson(repaired);
  if (!check.ok)
    return { ok: false, reason: `The automatic repair is still invalid: ${check.error.message}` };
  return { ok: true, text: repaired, changes: describeChanges(text, repaired) };
}

/** One line per changed line, as `line N: before → after` around the edit. */
function describeChanges(before: string, after: string): string[] {
  const a = before.split(/\r\n|\r|\n/);
  const b = after.split(/\r\n|\r|\n/);
  if (a.length !== b.length) {
    const { from, to } = changedRange(before, after);
    return [
      `Changed ${snippet(before, from, before.length - to.before)} → ${snippet(after, from, after.length - to.after)}`,
    ];
  }
  const changes: string[] = [];
  let changed = 0;
  a.forEach((line, i) => {
    const repairedLine = b[i] ?? '';
    if (line === repairedLine) return;
    changed++;
    if (changes.length >= MAX_REPAIR_CHANGES) return;
    const { from, to } = changedRange(line, repairedLine);
    changes.push(
      `Line ${i + 1}: ${snippet(line, from, line.length - to.before)} → ${snippet(repairedLine, from, repairedLine.length - to.after)}`,
    );
  });
  const more = changed - changes.length;
  if (more > 0) changes.push(`…and ${more} more changed ${more === 1 ? 'line' : 'lines'}.`);
  return changes;
}

/** Length of the common prefix (`from`) and of the common suffix of each text (`to`). */
function changedRange(a: string, b: string): { from: number; to: { before: number; after: number } } {
  let from = 0;
  while (from < a.length && from < b.length && a[from] === b[from]) from++;
  let suffix = 0;
  while (
    suffix < a.length - from &&
    suffix < b.length - from &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++;
  }
  return { from, to: { before: suffix, after: suffix } };
}

/** Characters around a change scanned for whole tokens; a snippet never needs more. */
const SNIPPET_WINDOW = 200;
/** A quoted string (closed or not), a run of word or number characters, whitespace, or one character. */
const TOKEN = /"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|[\w.+-]+|\s+|[^]/g;

/**
 * The text around the change [from, to), cut at token boundaries (never inside a key, a number or a
 * word), with an ellipsis on a side where the line goes on. Context tokens are dropped, farthest
 * first, until the snippet fits; a single token too long to fit is cut at a space, with an ellipsis.
 */
function snippet(text: string, from: number, to: number): string {
  const windowStart = Math.max(0, from - SNIPPET_WINDOW);
  const windowEnd = Math.min(text.length, to + SNIPPET_WINDOW);
  const tokens = [...text.slice(windowStart, windowEnd).matchAll(TOKEN)].map((m) => ({
    start: windowStart + m.index,
    end: windowStart + m.index + m[0].length,
  }));
  // The window's edge tokens may be cut: they are never used as whole tokens.
  const usable = tokens.filter(
    (t) => (t.start > windowStart || windowStart === 0) && (t.end < windowEnd || windowEnd === text.length),
  );
  const changeEnd = Math.max(to, from + 1);
  let first = usable.findIndex((t) => t.end > from - SNIPPET_CONTEXT);
  let last = usable.findLastIndex((t) => t.start < changeEnd + SNIPPET_CONTEXT);
  if (first < 0 || last < first) return '(nothing)';
  // The tokens holding the change itself are always kept.
  const core = {
    first: usable.findIndex((t) => t.end > from),
    last: usable.findLastIndex((t) => t.start < changeEnd),
  };
  const length = () => (usable[last]?.end ?? 0) - (usable[first]?.start ?? 0);
  while (length() > MAX_SNIPPET_LENGTH && (first < core.first || last > core.last)) {
    if (first < core.first && (core.first - first >= last - core.last || last <= core.last)) first++;
    else last--;
  }
  const start = usable[first]?.start ?? from;
  const end = usable[last]?.end ?? to;
  let piece = text.slice(start, end).trim();
  let after = /\S/.test(text.slice(end, end + SNIPPET_WINDOW));
  if (piece.length > MAX_SNIPPET_LENGTH) {
    const space = piece.lastIndexOf(' ', MAX_SNIPPET_LENGTH);
    piece = piece.slice(0, space > MAX_SNIPPET_LENGTH / 2 ? space : MAX_SNIPPET_LENGTH).trimEnd();
    after = true;
  }
  if (piece === '') return '(nothing)';
  const before = /\S/.test(text.slice(Math.max(0, start - SNIPPET_WINDOW), start));
  return `\`${before ? '…' : ''}${piece}${after ? '…' : ''}\``;
}
