import type { JsonSpan } from '../json/jsonSpan.types';
import type { BodyChange, DiffOptions } from '../types';
import { alignArrays, type Alignment } from './alignArrays';
import { chooseArrayKeyByMembers, indexedItemMembers, keyMemberNames } from './arrayKey';
import {
  compileIgnorePaths,
  rootIgnoreState,
  stepIgnoreState,
  type IgnorePatterns,
  type IgnoreState,
} from './ignorePaths';
import { indexJson, type JsonIndex, type ProgressSink } from './jsonIndex';
import { pointerSegment } from './jsonPointer';
import { childrenOf, kindOf, membersByKey, sameHash, sameJsonValue, textOf } from './sameJsonValue';

/**
 * Where a change sits in the two indexes, for the side-by-side view: the values (-1 on the side that
 * lacks it) and the record that holds it, an array item that is an object on both sides (a moved
 * record is its own record; -1 when no record holds it).
 */
export interface ChangePlace {
  a: number;
  b: number;
  record: RecordPlace | undefined;
}

/** A record: an array item that is an object on both sides, where it is and how people name it. */
export interface RecordPlace {
  a: number;
  b: number;
  pointerA: string;
  pointerB: string;
  readable: string;
}

export interface JsonDiff {
  changes: BodyChange[];
  /** Differences found under ignored paths (each ignored subtree that differs counts once). */
  ignored: number;
}

/** A JsonDiff with what the side-by-side view needs: both indexes and, per change, its place. */
export interface JsonDiffDetail extends JsonDiff {
  indexA: JsonIndex;
  indexB: JsonIndex;
  places: ChangePlace[];
}

/** A pair of values still to compare; pointers are built only once a pair is known to differ. */
interface Pair {
  a: number;
  b: number;
  pointerA: string;
  pointerB: string;
  /** The path as people read it: keyed array items by their key, `/data[id=7]/stock`. */
  readable: string;
  key: BodyChange['key'];
  /** The innermost record holding this pair (itself, when the pair is a record). */
  record: RecordPlace | undefined;
  state: IgnoreState;
}

interface Emitted {
  change: BodyChange;
  place: ChangePlace;
}

type Task = Pair | Emitted;

interface Context {
  a: JsonIndex;
  b: JsonIndex;
  patterns: IgnorePatterns;
  arrayKey: string;
  ignoreArrayOrder: boolean;
  ignored: number;
}

/**
 * Compares two valid JSON documents structurally and losslessly, given their root values' spans (a
 * parsed JsonNode is one; so is jsonRootSpan of a text validated with validateJson).
 *
 * Values are equal when they are equal as JSON: whitespace, object key order and string escapes do
 * not count (`"\u0061"` equals `"a"`); number text does (`1.0` and `1`, or two 64-bit ids one apart,
 * were sent differently). Both documents are indexed once (indexJson), with a canonical hash per
 * value, so a subtree that did not change costs one comparison of hashes, arrays are aligned by value
 * (alignArrays), and the whole comparison stays linear even through a 200,000-level chain.
 *
 * Every change carries `aPath` and `bPath` (JSON Pointers into A and B; the missing side is absent
 * for added and removed values, whose container is in `parent`), `readablePath`, and `key` when an
 * enclosing array item was matched by a key. `path` is bPath, or aPath for removed values.
 * Changes come in document order of B, with removed values after the items of their array.
 */
export function diffJson(
  sourceA: string,
  rootA: JsonSpan,
  sourceB: string,
  rootB: JsonSpan,
  options: DiffOptions = {},
  onProgress?: ProgressSink,
): JsonDiffDetail {
  if (
    rootA.end - rootA.start === rootB.end - rootB.start &&
    sourceA.slice(rootA.start, rootA.end) === sourceB.slice(rootB.start, rootB.end)
  ) {
    // Written identically: nothing to index.
    return { changes: [], ignored: 0, indexA: emptyIndex(sourceA), indexB: emptyIndex(sourceB), places: [] };
  }
  const unorderedArrays = options.ignoreArrayOrder ?? false;
  const indexA = indexJson(sourceA, rootA, {
    unorderedArrays,
    ...(onProgress && { onProgress: (done: number) => onProgress(done / 2) }),
  });
  const indexB = indexJson(sourceB, rootB, {
    unorderedArrays,
    ...(onProgress && { onProgress: (done: number) => onProgress(0.5 + done / 2) }),
  });
  const ctx: Context = {
    a: indexA,
    b: indexB,
    patterns: compileIgnorePaths(options.ignorePaths),
    arrayKey: options.arrayKey ?? 'auto',
    ignoreArrayOrder: options.ignoreArrayOrder ?? false,
    ignored: 0,
  };
  const result: JsonDiffDetail = { changes: [], ignored: 0, indexA, indexB, places: [] };
  if (sameJsonValue(indexA, 0, indexB, 0, unorderedArrays)) return result;
  const root = rootIgnoreState(ctx.patterns);
  if (root.ignored) return { ...result, ignored: 1 };

  const stack: Task[] = [
    {
      a: 0,
      b: 0,
      pointerA: '',
      pointerB: '',
      readable: '',
      key: undefined,
      record: undefined,
      state: root.state,
    },
  ];
  for (let task = stack.pop(); task !== undefined; task = stack.pop()) {
    if ('change' in task) {
      result.changes.push(task.change);
      result.places.push(task.place);
      continue;
    }
    const tasks: Task[] = [];
    comparePair(ctx, task, tasks);
    for (let i = tasks.length - 1; i >= 0; i--) stack.push(tasks[i] as Task);
  }
  result.ignored = ctx.ignored;
  return result;
}

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;

const emptyIndex = (source: string): JsonIndex => ({
  source,
  count: 0,
  start: new Int32Array(0),
  end: new Int32Array(0),
  next: new Int32Array(0),
  keyAt: new Int32Array(0),
  hash: new Int32Array(0),
});

/** Expands one differing pair into the changes and child pairs it contains, in document order. */
function comparePair(ctx: Context, pair: Pair, out: Task[]): void {
  const kindA = kindOf(ctx.a, pair.a);
  const kindB = kindOf(ctx.b, pair.b);
  if (kindA === OPEN_OBJECT && kindB === OPEN_OBJECT) compareObjects(ctx, pair, out);
  else if (kindA === OPEN_ARRAY && kindB === OPEN_ARRAY) compareArrays(ctx, pair, out);
  else {
    out.push(
      emitted(
        pair,
        { change: 'changed', a: textOf(ctx.a, pair.a), b: textOf(ctx.b, pair.b) },
        { a: pair.a, b: pair.b, record: pair.record },
      ),
    );
  }
}

/** A change at the pair's own place, with both pointers, its readable path and its key. */
function emitted(pair: Pair, fields: Pick<BodyChange, 'change' | 'a' | 'b'>, place: ChangePlace): Emitted {
  const change: BodyChange = {
    path: pair.pointerB,
    ...fields,
    aPath: pair.pointerA,
    bPath: pair.pointerB,
    readablePath: pair.readable,
  };
  if (pair.key) change.key = pair.key;
  return { change, place };
}

/** Equal as JSON: different hashes settle it at once; equal hashes are confirmed. */
const same = (ctx: Context, i: number, j: number): boolean =>
  sameHash(ctx.a, i, ctx.b, j) && sameJsonValue(ctx.a, i, ctx.b, j, ctx.ignoreArrayOrder);

/** Steps the ignore state; counts and reports an ignored difference so the caller can skip it. */
function childState(ctx: Context, state: IgnoreState, segment: string): IgnoreState | undefined {
  if (state.length === 0) return state;
  const next = stepIgnoreState(ctx.patterns, state, segment);
  if (!next.ignored) return next.state;
  ctx.ignored++;
  return undefined;
}

/** A value only one side has, inside a container both sides have (`parent`). */
function oneSided(
  pair: Pair,
  parentKind: 'object' | 'array',
  change: 'added' | 'removed',
  pointer: string,
  readable: string,
  text: string,
  place: ChangePlace,
  key: BodyChange['key'],
): Emitted {
  const side = change === 'added' ? { b: text, bPath: pointer } : { a: text, aPath: pointer };
  const result: BodyChange = {
    path: pointer,
    change,
    ...side,
    readablePath: readable,
    parent: { aPath: pair.pointerA, bPath: pair.pointerB, kind: parentKind },
  };
  if (key) result.key = key;
  return { change: result, place };
}

function compareObjects(ctx: Context, pair: Pair, out: Task[]): void {
  const membersA = membersByKey(ctx.a, pair.a);
  const membersB = membersByKey(ctx.b, pair.b);
  for (const [name, valueB] of membersB) {
    const valueA = membersA.get(name);
    if (valueA !== undefined && same(ctx, valueA, valueB)) continue;
    const state = childState(ctx, pair.state, name);
    if (state === undefined) continue;
    const segment = `/${pointerSegment(name)}`;
    if (valueA === undefined) {
      const place = { a: -1, b: valueB, record: pair.record };
      out.push(
        oneSided(
          pair,
          'object',
          'added',
          pair.pointerB + segment,
          pair.readable + segment,
          textOf(ctx.b, valueB),
          place,
          pair.key,
        ),
      );
      continue;
    }
    out.push({
      ...pair,
      a: valueA,
      b: valueB,
      pointerA: pair.pointerA + segment,
      pointerB: pair.pointerB + segment,
      readable: pair.readable + segment,
      state,
    });
  }
  for (const [name, valueA] of membersA) {
    if (membersB.has(name) || childState(ctx, pair.state, name) === undefined) continue;
    const segment = `/${pointerSegment(name)}`;
    const place = { a: valueA, b: -1, record: pair.record };
    out.push(
      oneSided(
        pair,
        'object',
        'removed',
        pair.pointerA + segment,
        pair.readable + segment,
        textOf(ctx.a, valueA),
        place,
        pair.key,
      ),
    );
  }
}

/** Per item, 53 bits of its value's two hash lanes, as a Map key. */
function identities(index: JsonIndex, items: readonly number[]): Float64Array {
  const result = new Float64Array(items.length);
  items.forEach((value, k) => {
    result[k] = ((index.hash[2 * value] ?? 0) >>> 0) * 0x200000 + ((index.hash[2 * value + 1] ?? 0) >>> 11);
  });
  return result;
}

/** Each level of a nested chain holds one item a side: they pair, whatever the mode (unless keyed). */
function oneItemEach(
  ctx: Context,
  itemsA: readonly number[],
  itemsB: readonly number[],
  keys: ArrayKeys,
): Alignment | undefined {
  if (itemsA.length !== 1 || itemsB.length !== 1 || keys) return undefined;
  const equal = same(ctx, itemsA[0] as number, itemsB[0] as number);
  if (ctx.ignoreArrayOrder && !equal) return undefined;
  return { matchB: Int32Array.of(0), moved: Uint8Array.of(0), equal: Uint8Array.of(equal ? 1 : 0) };
}

/** Equality of two arrays' items by position in their arrays, for alignArrays. */
class ItemEquality {
  private readonly ctx: Context;
  private readonly itemsA: readonly number[];
  private readonly itemsB: readonly number[];

  constructor(ctx: Context, itemsA: readonly number[], itemsB: readonly number[]) {
    this.ctx = ctx;
    this.itemsA = itemsA;
    this.itemsB = itemsB;
  }

  same = (i: number, j: number): boolean =>
    same(this.ctx, this.itemsA[i] as number, this.itemsB[j] as number);
}

type ArrayKeys = ReturnType<typeof chooseArrayKeyByMembers>;

/** The key an item was matched by, or the key of the item enclosing the array. */
const itemKey = (pair: Pair, keys: ArrayKeys, value: string | undefined): BodyChange['key'] =>
  keys && value !== undefined ? { name: keys.key, value } : pair.key;

/** An item's readable path: `[id=7]` when it has a key of its own, its index otherwise. */
const readableItem = (pair: Pair, key: BodyChange['key'], index: number): string =>
  pair.readable + (key && key !== pair.key ? keySegment(key) : `/${index}`);

/**
 * Items can be matched by key only when some are objects; auto-detection looks at the first item of
 * each side (chooseArrayKey), so arrays of scalars or arrays skip reading members altogether.
 */
function mayHaveKeys(ctx: Context, itemsA: readonly number[], itemsB: readonly number[]): boolean {
  if (itemsA.length === 0 || itemsB.length === 0) return false;
  if (ctx.arrayKey !== 'auto') return true;
  return (
    kindOf(ctx.a, itemsA[0] as number) === OPEN_OBJECT || kindOf(ctx.b, itemsB[0] as number) === OPEN_OBJECT
  );
}

/** `[id=7]`: a keyed item as people name it. */
const keySegment = (key: NonNullable<BodyChange['key']>): string => `[${key.name}=${key.value}]`;

/**
 * Aligns the items (alignArrays), then reports, in B's order: added items, moves, and the pairs to
 * compare further; then the removed items in A's order. With a key, changes inside an item name it.
 */
function compareArrays(ctx: Context, pair: Pair, out: Task[]): void {
  const itemsA = childrenOf(ctx.a, pair.a);
  const itemsB = childrenOf(ctx.b, pair.b);
  const positional = ctx.arrayKey === 'none' && !ctx.ignoreArrayOrder;
  let keys: ArrayKeys;
  if (ctx.arrayKey !== 'none' && mayHaveKeys(ctx, itemsA, itemsB)) {
    const names = keyMemberNames(ctx.arrayKey);
    keys = chooseArrayKeyByMembers(
      indexedItemMembers(ctx.a, itemsA, names),
      indexedItemMembers(ctx.b, itemsB, names),
      ctx.arrayKey,
    );
  }
  const alignment =
    oneItemEach(ctx, itemsA, itemsB, keys) ??
    alignArrays({
      lengthA: itemsA.length,
      lengthB: itemsB.length,
      identitiesA: identities(ctx.a, itemsA),
      identitiesB: identities(ctx.b, itemsB),
      same: new ItemEquality(ctx, itemsA, itemsB).same,
      ...(keys && { keysA: keys.keysA, keysB: keys.keysB }),
      ignoreOrder: ctx.ignoreArrayOrder,
      positional,
    });

  const matchedA = new Uint8Array(itemsA.length);
  for (let j = 0; j < itemsB.length; j++) {
    const i = alignment.matchB[j] ?? -1;
    if (i !== -1) matchedA[i] = 1;
    const itemB = itemsB[j] as number;
    const isMoved = alignment.moved[j] === 1;
    const equal = i !== -1 && (alignment.equal[j] === 1 || same(ctx, itemsA[i] as number, itemB));
    if (equal && !isMoved) continue;
    const state = childState(ctx, pair.state, String(j));
    if (state === undefined) continue;
    const key = itemKey(pair, keys, keys?.keysB[j]);
    const pointerB = `${pair.pointerB}/${j}`;
    const readable = readableItem(pair, key, j);
    if (i === -1) {
      const place = { a: -1, b: itemB, record: pair.record };
      out.push(oneSided(pair, 'array', 'added', pointerB, readable, textOf(ctx.b, itemB), place, key));
      continue;
    }
    const itemA = itemsA[i] as number;
    const isRecord = kindOf(ctx.a, itemA) === OPEN_OBJECT && kindOf(ctx.b, itemB) === OPEN_OBJECT;
    const pointerA = `${pair.pointerA}/${i}`;
    const child: Pair = {
      a: itemA,
      b: itemB,
      pointerA,
      pointerB,
      readable,
      key,
      record: isRecord ? { a: itemA, b: itemB, pointerA, pointerB, readable } : pair.record,
      state,
    };
    if (isMoved) {
      const place = { a: itemA, b: itemB, record: child.record };
      const moved = emitted(child, { change: 'moved' }, place);
      moved.change.from = child.pointerA;
      out.push(moved);
    }
    if (!equal) out.push(child);
  }
  for (let i = 0; i < itemsA.length; i++) {
    if (matchedA[i] === 1 || childState(ctx, pair.state, String(i)) === undefined) continue;
    const itemA = itemsA[i] as number;
    const key = itemKey(pair, keys, keys?.keysA[i]);
    const place = { a: itemA, b: -1, record: pair.record };
    out.push(
      oneSided(
        pair,
        'array',
        'removed',
        `${pair.pointerA}/${i}`,
        readableItem(pair, key, i),
        textOf(ctx.a, itemA),
        place,
        key,
      ),
    );
  }
}
