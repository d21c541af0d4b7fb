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

function snippet(text: string, from: number, to: number): string {
  const start = Math.max(0, from - SNIPPET_CONTEXT);
  const end = Math.min(text.length, to + SNIPPET_CONTEXT);
  let piece = text.slice(start, end).trim();
  if (piece.length > MAX_SNIPPET_LENGTH) piece = `${piece.slice(0, MAX_SNIPPET_LENGTH)}…`;
  return piece === '' ? '(nothing)' : `\`${piece}\``;
}
