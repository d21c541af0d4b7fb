import { BODY_KINDS, type BodyKind } from '../body/bodyKinds';
import { classifyBody, type JsonChecker } from '../body/classifyBody';
import { getHeader } from '../http/headers';
import { checkJson } from '../json/checkJson';
import type { JsonSpan } from '../json/jsonSpan.types';
import { jsonRootSpan } from '../json/readJsonChildren';
import { validateJson } from '../json/validateJson';
import type { DiffOptions, HttpResponse } from '../types';
import type { BodyDiff } from './diff.types';
import { diffJson, type JsonDiffDetail } from './jsonDiff';
import type { ProgressSink } from './jsonIndex';
import { diffLines, type LineDiff } from './lineDiff';
import { addTextDiffs } from './addTextDiffs';

/** A body to compare: its text and the headers that declare its type. */
export type ComparedBody = Pick<HttpResponse, 'body' | 'headers'>;

type Parsed = { json: true; root: JsonSpan } | { json: false; kind: BodyKind; why?: string };

/**
 * Valid JSON is only validated here (validateJson, no warnings), never parsed into a tree:
 * diffJson reads the parts it compares lazily. Only a failing body is checked again, for its
 * explained error.
 */
const validateOnly: JsonChecker = (text) =>
  validateJson(text, false).ok ? { ok: true, warnings: [] } : checkJson(text);

function parseBody({ body, headers }: ComparedBody): Parsed {
  const found = classifyBody(body, getHeader(headers, 'content-type'), validateOnly);
  if (found.kind === 'json') return { json: true, root: jsonRootSpan(body) };
  if (found.kind !== 'json-invalid' || found.check?.ok !== false) return { json: false, kind: found.kind };
  const { line, column, message } = found.check.error;
  return { json: false, kind: found.kind, why: `line ${line}, column ${column}: ${message}` };
}

const describe = (side: Parsed & { json: false }): string =>
  side.why ? `${BODY_KINDS[side.kind].label}, ${side.why}` : BODY_KINDS[side.kind].label;

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
export function diffBodies(a: ComparedBody, b: ComparedBody, options: DiffOptions = {}): BodyDiff {
  return diffBodiesInDetail(a, b, options).body;
}

/** diffBodies, with the detail the side-by-side view is built from. */
export function diffBodiesInDetail(
  sideA: ComparedBody,
  sideB: ComparedBody,
  options: DiffOptions = {},
  onProgress?: ProgressSink,
): { body: BodyDiff; detail: BodyDetail } {
  const a = sideA.body;
  const b = sideB.body;
  const parsedA = parseBody(sideA);
  const sameBody =
    a === b && getHeader(sideA.headers, 'content-type') === getHeader(sideB.headers, 'content-type');
  const parsedB = sameBody ? parsedA : parseBody(sideB);

  if (parsedA.json && parsedB.json) {
    const detail = diffJson(a, parsedA.root, b, parsedB.root, options, onProgress);
    const body: BodyDiff = {
      kind: 'json',
      changes: addTextDiffs(detail.changes, 'json'),
      ignored: detail.ignored,
    };
    return { body, detail: { kind: 'json', detail } };
  }
  if (!parsedA.json && !parsedB.json && parsedA.kind === 'empty' && parsedB.kind === 'empty') {
    return { body: { kind: 'none', changes: [], ignored: 0 }, detail: { kind: 'none' } };
  }
  if (parsedA.json && !parsedB.json && parsedB.kind === 'empty') {
    const body: BodyDiff = {
      kind: 'json',
      changes: [{ path: '', change: 'removed', a: a.slice(parsedA.root.start, parsedA.root.end), aPath: '' }],
      ignored: 0,
      note: 'B has no body.',
    };
    return { body, detail: { kind: 'whole', side: 'a', text: a, root: parsedA.root } };
  }
  if (parsedB.json && !parsedA.json && parsedA.kind === 'empty') {
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
