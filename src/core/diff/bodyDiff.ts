import type { JsonSpan } from '../json/jsonSpan.types';
import { parseJsonTree } from '../json/parseJsonTree';
import { jsonRootSpan } from '../json/readJsonChildren';
import { scanJson } from '../json/scanJson';
import type { DiffOptions } from '../types';
import type { BodyDiff } from './diff.types';
import { describeBody } from './describeBody';
import { diffJson } from './jsonDiff';
import { diffLines } from './lineDiff';
import { addTextDiffs } from './addTextDiffs';

type Parsed = { json: true; root: JsonSpan } | { json: false; empty: boolean; what: string; why?: string };

/**
 * Valid JSON is only validated here (scanJson, no output), never parsed into a tree: diffJson reads
 * the parts it compares lazily. Invalid JSON goes to parseJsonTree for its explained error.
 */
function parseBody(text: string): Parsed {
  if (text.trim() === '') return { json: false, empty: true, what: 'empty' };
  if (scanJson(text, { output: 'none', warnings: false }).ok) return { json: true, root: jsonRootSpan(text) };
  const parsed = parseJsonTree(text);
  if (parsed.ok) return { json: true, root: parsed.root };
  const what = describeBody(text);
  const { line, column, message } = parsed.error;
  const why = what === 'JSON that does not parse' ? `line ${line}, column ${column}: ${message}` : undefined;
  return why === undefined ? { json: false, empty: false, what } : { json: false, empty: false, what, why };
}

const describe = (side: Parsed & { json: false }): string =>
  side.why ? `${side.what}, ${side.why}` : side.what;

/**
 * Compares two bodies: structurally when both are JSON, line by line otherwise, and says why when the
 * kinds disagree. One empty side against JSON stays a JSON comparison of the whole document.
 */
export function diffBodies(a: string, b: string, options: DiffOptions = {}): BodyDiff {
  const parsedA = parseBody(a);
  const parsedB = a === b ? parsedA : parseBody(b);

  if (parsedA.json && parsedB.json) {
    const { changes, ignored } = diffJson(a, parsedA.root, b, parsedB.root, options);
    return { kind: 'json', changes: addTextDiffs(changes, 'json'), ignored };
  }
  if (!parsedA.json && !parsedB.json && parsedA.empty && parsedB.empty) {
    return { kind: 'none', changes: [], ignored: 0 };
  }
  if (parsedA.json && !parsedB.json && parsedB.empty) {
    return {
      kind: 'json',
      changes: [{ path: '', change: 'removed', a: a.slice(parsedA.root.start, parsedA.root.end) }],
      ignored: 0,
      note: 'B has no body.',
    };
  }
  if (parsedB.json && !parsedA.json && parsedA.empty) {
    return {
      kind: 'json',
      changes: [{ path: '', change: 'added', b: b.slice(parsedB.root.start, parsedB.root.end) }],
      ignored: 0,
      note: 'A has no body.',
    };
  }

  const notes: string[] = [];
  if (parsedA.json && !parsedB.json)
    notes.push(`A is JSON, B is not (${describe(parsedB)}): compared as text.`);
  else if (parsedB.json && !parsedA.json)
    notes.push(`B is JSON, A is not (${describe(parsedA)}): compared as text.`);
  else if (!parsedA.json && !parsedB.json) {
    if (parsedA.why) notes.push(`A looks like JSON but does not parse (${parsedA.why}).`);
    if (parsedB.why) notes.push(`B looks like JSON but does not parse (${parsedB.why}).`);
  }
  const lines = diffLines(a, b);
  if (lines.note) notes.push(lines.note);
  const changes = addTextDiffs(lines.changes, 'text');
  return notes.length > 0
    ? { kind: 'text', changes, ignored: 0, note: notes.join(' ') }
    : { kind: 'text', changes, ignored: 0 };
}
