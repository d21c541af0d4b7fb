import { decodeJsonString } from '../json/decodeJsonString';
import type { JsonSpan } from '../json/jsonSpan.types';
import { readArrayItemsWithMembers } from '../json/readArrayItemsWithMembers';
import { readArrayItems, readObjectMembers, type JsonMemberSpan } from '../json/readJsonChildren';
import type { BodyChange, DiffOptions } from '../types';
import { chooseArrayKeyByMembers, keyMemberNames, type ItemMembers } from './arrayKey';
import {
  compileIgnorePaths,
  rootIgnoreState,
  stepIgnoreState,
  type IgnorePatterns,
  type IgnoreState,
} from './ignorePaths';
import { pointerSegment } from './jsonPointer';
import { longestIncreasingSubsequence } from './longestIncreasingSubsequence';
import { bracketIndexFor, sideReader, type SideReader } from './sideReader';

export interface JsonDiff {
  changes: BodyChange[];
  /** Differences found under ignored paths (each ignored subtree that differs counts once). */
  ignored: number;
}

/** A pair of values still to compare; pointers are built only once a pair is known to differ. */
interface Pair {
  nodeA: JsonSpan;
  nodeB: JsonSpan;
  pointerA: string;
  pointerB: string;
  state: IgnoreState;
}

type Task = Pair | BodyChange;

interface Context {
  a: string;
  b: string;
  readerA: SideReader;
  readerB: SideReader;
  patterns: IgnorePatterns;
  arrayKey: string;
  ignoreArrayOrder: boolean;
  ignored: number;
}

/**
 * Compares two valid JSON documents structurally and losslessly, given their root values' spans (a
 * parsed JsonNode is one; so is jsonRootSpan of a text validated with scanJson).
 *
 * Values compare by their source text: `1.0` and `1.00`, or two 64-bit ids one apart, are different
 * values because they were sent differently. Only strings get a second look, decoded, so an escape and
 * the literal character it stands for are equal. Subtrees with identical text are skipped with one slice
 * comparison, which is what makes large, mostly equal bodies fast: containers are read one level at a
 * time (readJsonChildren), and only where texts differ, so identical subtrees are never parsed at all.
 * Object key order is ignored.
 *
 * Paths name a place that exists: in B for added, changed and moved values, in A for removed ones.
 * Works from an explicit stack, so nesting depth is unlimited, and still emits changes in document order.
 */
export function diffJson(
  sourceA: string,
  rootA: JsonSpan,
  sourceB: string,
  rootB: JsonSpan,
  options: DiffOptions = {},
): JsonDiff {
  const patterns = compileIgnorePaths(options.ignorePaths);
  const ctx: Context = {
    a: sourceA,
    b: sourceB,
    readerA: sideReader(sourceA),
    readerB: sideReader(sourceB),
    patterns,
    arrayKey: options.arrayKey ?? 'auto',
    ignoreArrayOrder: options.ignoreArrayOrder ?? false,
    ignored: 0,
  };
  const changes: BodyChange[] = [];
  if (sameText(ctx, rootA, rootB)) return { changes, ignored: 0 };
  const root = rootIgnoreState(patterns);
  if (root.ignored) return { changes, ignored: 1 };

  const stack: Task[] = [{ nodeA: rootA, nodeB: rootB, pointerA: '', pointerB: '', state: root.state }];
  for (let task = stack.pop(); task !== undefined; task = stack.pop()) {
    if (!('nodeA' in task)) {
      changes.push(task);
      continue;
    }
    const tasks: Task[] = [];
    comparePair(ctx, task, tasks);
    for (let i = tasks.length - 1; i >= 0; i--) stack.push(tasks[i] as Task);
  }
  return { changes, ignored: ctx.ignored };
}

function sameText(ctx: Context, x: JsonSpan, y: JsonSpan): boolean {
  return x.end - x.start === y.end - y.start && ctx.a.slice(x.start, x.end) === ctx.b.slice(y.start, y.end);
}

const textA = (ctx: Context, node: JsonSpan): string => ctx.a.slice(node.start, node.end);
const textB = (ctx: Context, node: JsonSpan): string => ctx.b.slice(node.start, node.end);

/** A value's kind is its first character: `{`, `[`, `"`, or anything else for a scalar. */
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const QUOTE = 0x22;

/** Expands one differing pair into the changes and child pairs it contains, in document order. */
function comparePair(ctx: Context, pair: Pair, out: Task[]): void {
  const { nodeA, nodeB } = pair;
  const kindA = ctx.a.charCodeAt(nodeA.start);
  const kindB = ctx.b.charCodeAt(nodeB.start);
  if (kindA === OPEN_OBJECT && kindB === OPEN_OBJECT) {
    const membersA = readObjectMembers(ctx.a, nodeA, bracketIndexFor(ctx.readerA, nodeA));
    const membersB = readObjectMembers(ctx.b, nodeB, bracketIndexFor(ctx.readerB, nodeB));
    compareObjects(ctx, pair, membersA, membersB, out);
  } else if (kindA === OPEN_ARRAY && kindB === OPEN_ARRAY) {
    compareArrays(ctx, pair, readItems(ctx, ctx.readerA, nodeA), readItems(ctx, ctx.readerB, nodeB), out);
  } else if (
    kindA === QUOTE &&
    kindB === QUOTE &&
    decodeJsonString(ctx.a, nodeA.start, nodeA.end) === decodeJsonString(ctx.b, nodeB.start, nodeB.end)
  ) {
    return;
  } else {
    out.push({ path: pair.pointerB, change: 'changed', a: textA(ctx, nodeA), b: textB(ctx, nodeB) });
  }
}

/**
 * An array's items, with the members that may identify them located in the same pass (only when
 * items are matched by key at all).
 */
function readItems(ctx: Context, side: SideReader, array: JsonSpan): ItemMembers {
  const { source } = side;
  const closeAt = bracketIndexFor(side, array);
  if (ctx.arrayKey === 'none') {
    return { source, items: readArrayItems(source, array, closeAt), names: [], starts: new Int32Array(0) };
  }
  const names = keyMemberNames(ctx.arrayKey);
  return { source, names, ...readArrayItemsWithMembers(source, array, names, closeAt) };
}

/** Last occurrence wins for duplicate keys, as JSON.parse and most consumers read them. */
function entryMap(entries: readonly JsonMemberSpan[]): Map<string, JsonSpan> {
  const map = new Map<string, JsonSpan>();
  for (const entry of entries) map.set(entry.key, entry.value);
  return map;
}

/** Steps the ignore state; counts and reports an ignored difference so the caller can skip it. */
function childState(ctx: Context, state: IgnoreState, segment: string): IgnoreState | undefined {
  if (state.length === 0) return state;
  const next = stepIgnoreState(ctx.patterns, state, segment);
  if (!next.ignored) return next.state;
  ctx.ignored++;
  return undefined;
}

function compareObjects(
  ctx: Context,
  pair: Pair,
  entriesA: readonly JsonMemberSpan[],
  entriesB: readonly JsonMemberSpan[],
  out: Task[],
): void {
  const mapA = entryMap(entriesA);
  const mapB = entryMap(entriesB);
  for (const [key, valueB] of mapB) {
    const valueA = mapA.get(key);
    if (valueA !== undefined && sameText(ctx, valueA, valueB)) continue;
    const state = childState(ctx, pair.state, key);
    if (state === undefined) continue;
    const segment = pointerSegment(key);
    if (valueA === undefined) {
      out.push({ path: `${pair.pointerB}/${segment}`, change: 'added', b: textB(ctx, valueB) });
    } else {
      out.push({
        nodeA: valueA,
        nodeB: valueB,
        pointerA: `${pair.pointerA}/${segment}`,
        pointerB: `${pair.pointerB}/${segment}`,
        state,
      });
    }
  }
  for (const [key, valueA] of mapA) {
    if (mapB.has(key) || childState(ctx, pair.state, key) === undefined) continue;
    out.push({ path: `${pair.pointerA}/${pointerSegment(key)}`, change: 'removed', a: textA(ctx, valueA) });
  }
}

/**
 * Aligns array items in linear time (plus a sort-like pass for moves), never item against item:
 * 1. items with the same key value (chooseArrayKey) are the same item;
 * 2. remaining items with identical text are the same item (this also finds pure reorders);
 * 3. for arrays without a key, what is left is paired in order and compared, like a positional diff;
 *    with a key, or with ignoreArrayOrder, leftovers are added or removed.
 * arrayKey 'none' skips steps 1 and 2: item i is compared with item i, nothing is "moved".
 * ignoreArrayOrder compares by key, then as multisets of item text: only additions, removals and edits
 * inside keyed items remain.
 * Matched items outside a longest increasing run of A positions are reported as moved, unless order is
 * ignored. Edits inside matched items are reported at their B position.
 */
function compareArrays(ctx: Context, pair: Pair, sideA: ItemMembers, sideB: ItemMembers, out: Task[]): void {
  const itemsA = sideA.items;
  const itemsB = sideB.items;
  const matchB = new Int32Array(itemsB.length).fill(-1);
  const matchedA = new Uint8Array(itemsA.length);
  const keys = chooseArrayKeyByMembers(sideA, sideB, ctx.arrayKey);
  if (keys) {
    const byKey = new Map<string, number>();
    keys.keysA.forEach((key, index) => {
      if (key !== undefined && !byKey.has(key)) byKey.set(key, index);
    });
    keys.keysB.forEach((key, index) => {
      const indexA = key === undefined ? undefined : byKey.get(key);
      if (indexA === undefined || matchedA[indexA] === 1) return;
      matchB[index] = indexA;
      matchedA[indexA] = 1;
    });
  }
  const positional = ctx.arrayKey === 'none' && !ctx.ignoreArrayOrder;
  if (!positional) matchByText(ctx, itemsA, itemsB, matchB, matchedA);

  // Leftovers of unkeyed arrays pair up in order (with 'none', that is every item: a positional diff).
  const pairedB = new Int32Array(itemsB.length).fill(-1);
  if (!keys && !ctx.ignoreArrayOrder) {
    let nextA = 0;
    for (let indexB = 0; indexB < itemsB.length; indexB++) {
      if (matchB[indexB] !== -1) continue;
      while (nextA < itemsA.length && matchedA[nextA] === 1) nextA++;
      if (nextA >= itemsA.length) break;
      pairedB[indexB] = nextA;
      matchedA[nextA] = 1;
      nextA++;
    }
  }

  const moved = ctx.ignoreArrayOrder ? undefined : movedItems(matchB);
  for (let indexB = 0; indexB < itemsB.length; indexB++) {
    const nodeB = itemsB[indexB] as JsonSpan;
    const matched = matchB[indexB] ?? -1;
    const indexA = matched !== -1 ? matched : (pairedB[indexB] ?? -1);
    const nodeA = itemsA[indexA];
    const isMoved = moved?.[indexB] === 1;
    if (nodeA !== undefined && !isMoved && sameText(ctx, nodeA, nodeB)) continue;
    const state = childState(ctx, pair.state, String(indexB));
    if (state === undefined) continue;
    const pointerB = `${pair.pointerB}/${indexB}`;
    if (nodeA === undefined) {
      out.push({ path: pointerB, change: 'added', b: textB(ctx, nodeB) });
      continue;
    }
    const pointerA = `${pair.pointerA}/${indexA}`;
    if (isMoved) out.push({ path: pointerB, change: 'moved', from: pointerA });
    if (!sameText(ctx, nodeA, nodeB)) out.push({ nodeA, nodeB, pointerA, pointerB, state });
  }
  for (let indexA = 0; indexA < itemsA.length; indexA++) {
    if (matchedA[indexA] === 1 || childState(ctx, pair.state, String(indexA)) === undefined) continue;
    out.push({
      path: `${pair.pointerA}/${indexA}`,
      change: 'removed',
      a: textA(ctx, itemsA[indexA] as JsonSpan),
    });
  }
}

/** Step 2 of compareArrays: each unmatched B item takes the first unmatched A item with the same text. */
function matchByText(
  ctx: Context,
  itemsA: readonly JsonSpan[],
  itemsB: readonly JsonSpan[],
  matchB: Int32Array,
  matchedA: Uint8Array,
): void {
  // Duplicate texts queue up; `next` walks the queue so taking an item never shifts an array.
  const byText = new Map<string, { indices: number[]; next: number }>();
  for (let indexA = 0; indexA < itemsA.length; indexA++) {
    if (matchedA[indexA] === 1) continue;
    const text = textA(ctx, itemsA[indexA] as JsonSpan);
    const queue = byText.get(text);
    if (queue) queue.indices.push(indexA);
    else byText.set(text, { indices: [indexA], next: 0 });
  }
  if (byText.size === 0) return;
  for (let indexB = 0; indexB < itemsB.length; indexB++) {
    if (matchB[indexB] !== -1) continue;
    const queue = byText.get(textB(ctx, itemsB[indexB] as JsonSpan));
    const indexA = queue?.indices[queue.next];
    if (queue === undefined || indexA === undefined) continue;
    queue.next++;
    matchB[indexB] = indexA;
    matchedA[indexA] = 1;
  }
}

/** Per B index, 1 when the matched item left the longest run of items that kept their order. */
function movedItems(matchB: Int32Array): Uint8Array {
  const positionsB: number[] = [];
  const positionsA: number[] = [];
  matchB.forEach((indexA, indexB) => {
    if (indexA === -1) return;
    positionsB.push(indexB);
    positionsA.push(indexA);
  });
  const kept = longestIncreasingSubsequence(positionsA);
  const moved = new Uint8Array(matchB.length);
  positionsB.forEach((indexB, k) => {
    if (kept[k] === 0) moved[indexB] = 1;
  });
  return moved;
}
