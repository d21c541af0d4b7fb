import type { JsonSpan } from '../json/jsonSpan.types';
import { parseJsonTree } from '../json/parseJsonTree';
import { jsonRootSpan } from '../json/readJsonChildren';
import { scanJson } from '../json/scanJson';
import type { DiffOptions } from '../types';
import type { BodyDiff } from './diff.types';
import { describeBody } from './describeBody';
import { diffJson, type JsonDiffDetail } from './jsonDiff';
import type { ProgressSink } from './jsonIndex';
import { diffLines, type LineDiff } from './lineDiff';
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

/** What the side-by-side view needs beyond the changes, by kind of comparison. */
export type BodyDetail =
  | { kind: 'json'; detail: JsonDiffDetail }
  | { kind: 'text'; lines: LineDiff }
  /** One side is JSON and the other has no body: the JSON is added or removed whole. */
  | { kind: 'whole'; side: 'a' | 'b'; text: string; root: JsonSpan }
  | { kind: 'none' };

/**
 * Compares two bodies: structurally when both are JSON, line by line otherwise, and says why when the
 * kinds disagree. One empty side against JSON stays a JSON comparison of the whole document.
 */
export function diffBodies(a: string, b: string, options: DiffOptions = {}): BodyDiff {
  return diffBodiesInDetail(a, b, options).body;
}

/** diffBodies, with the detail the side-by-side view is built from. */
export function diffBodiesInDetail(
  a: string,
  b: string,
  options: DiffOptions = {},
  onProgress?: ProgressSink,
): { body: BodyDiff; detail: BodyDetail } {
  const parsedA = parseBody(a);
  const parsedB = a === b ? parsedA : parseBody(b);

  if (parsedA.json && parsedB.json) {
    const detail = diffJson(a, parsedA.root, b, parsedB.root, options, onProgress);
    const body: BodyDiff = {
      kind: 'json',
      changes: addTextDiffs(detail.changes, 'json'),
      ignored: detail.ignored,
    };
    return { body, detail: { kind: 'json', detail } };
  }
  if (!parsedA.json && !parsedB.json && parsedA.empty && parsedB.empty) {
    return { body: { kind: 'none', changes: [], ignored: 0 }, detail: { kind: 'none' } };
  }
  if (parsedA.json && !parsedB.json && parsedB.empty) {
    const body: BodyDiff = {
      kind: 'json',
      changes: [{ path: '', change: 'removed', a: a.slice(parsedA.root.start, parsedA.root.end), aPath: '' }],
      ignored: 0,
      note: 'B has no body.',
    };
    return { body, detail: { kind: 'whole', side: 'a', text: a, root: parsedA.root } };
  }
  if (parsedB.json && !parsedA.json && parsedA.empty) {
    const body: BodyDiff = {
      kind: 'json',
      changes: [{ path: '', change: 'added', b: b.slice(parsedB.root.start, parsedB.root.end), bPath: '' }],
      ignored: 0,
      note: 'A has no body.',
    };
    return { body, detail: { kind: 'whole', side: 'b', text: b, root: parsedB.root } };
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
  const body: BodyDiff =
    notes.length > 0
      ? { kind: 'text', changes, ignored: 0, note: notes.join(' ') }
      : { kind: 'text', changes, ignored: 0 };
  return { body, detail: { kind: 'text', lines } };
}
