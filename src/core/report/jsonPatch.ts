import { isSecretBodyValue, maskSecretMembers, MASK } from '../http/maskSecrets';
import { minifyJson } from '../json/minifyJson';
import type { BodyChange, ResponseDiff } from '../types';

export interface JsonPatchOptions {
  /** Replace secret-looking values (tokens, passwords, ...) by "•••", as everything leaving the tab is. */
  maskSecrets?: boolean;
}

/** One RFC 6902 operation; `value` is JSON text as written in B (minified), never re-serialised. */
interface Operation {
  op: 'add' | 'remove' | 'replace' | 'move';
  path: string;
  from?: string;
  value?: string;
}

/** What one array container has to do once everything inside its items is done. */
interface ArrayWork {
  /** The array's pointer in A: no enclosing array has been reordered when its turn comes. */
  path: string;
  depth: number;
  removed: number[];
  moved: { from: number; to: number }[];
  added: { to: number; value: string }[];
}

const parentOf = (pointer: string): string => pointer.slice(0, pointer.lastIndexOf('/'));
const lastSegment = (pointer: string): string => pointer.slice(pointer.lastIndexOf('/') + 1);
const depthOf = (pointer: string): number => pointer.split('/').length - 1;

/**
 * An RFC 6902 JSON Patch (as text) that turns A's body into B's, from the comparison alone. Values are
 * B's source text (minified, losslessly: numbers and strings exactly as written). The patch applies
 * changes inside values first, addressed by their place in A; then each array, deepest first, loses its
 * removed items (from the end), gets its moved items moved once each to their place in B (the fewest
 * moves, positions from an order-statistics tree: O(n log n)) and its added items inserted.
 *
 * Differences set aside by ignored paths are not in the patch, and with ignored array order it fixes
 * the contents of arrays but not their order. Anything other than a JSON comparison gives `[]`.
 *
 * jsondiffpatch's JSON Patch formatter is not used here: its move sequencing is quadratic in the moves
 * of an array and gives up ("failed to apply all array moves") on a thousand random moves. Its RFC 6902
 * apply is the oracle of the property tests (A + patch = B).
 */
export function diffToJsonPatch(diff: ResponseDiff, options: JsonPatchOptions = {}): string {
  if (diff.body.kind !== 'json') return '[]';
  const value = (change: BodyChange, path: string): string => valueText(change.b ?? 'null', path, options);
  const operations: Operation[] = [];
  const arrays = new Map<string, ArrayWork>();
  const arrayWork = (path: string): ArrayWork => {
    let work = arrays.get(path);
    if (!work) {
      work = { path, depth: depthOf(path), removed: [], moved: [], added: [] };
      arrays.set(path, work);
    }
    return work;
  };

  for (const change of diff.body.changes) {
    const aPath = change.aPath ?? change.path;
    const bPath = change.bPath ?? change.path;
    if (change.change === 'changed') {
      operations.push({ op: 'replace', path: aPath, value: value(change, bPath) });
    } else if (change.change === 'moved') {
      arrayWork(parentOf(aPath)).moved.push({
        from: Number(lastSegment(aPath)),
        to: Number(lastSegment(bPath)),
      });
    } else if (change.parent === undefined) {
      // The whole body appeared or went.
      operations.push(
        change.change === 'added'
          ? { op: 'add', path: '', value: value(change, '') }
          : { op: 'remove', path: '' },
      );
    } else if (change.parent.kind === 'object') {
      operations.push(
        change.change === 'added'
          ? { op: 'add', path: `${change.parent.aPath}/${lastSegment(bPath)}`, value: value(change, bPath) }
          : { op: 'remove', path: aPath },
      );
    } else if (change.change === 'added') {
      arrayWork(change.parent.aPath).added.push({
        to: Number(lastSegment(bPath)),
        value: value(change, bPath),
      });
    } else {
      arrayWork(change.parent.aPath).removed.push(Number(lastSegment(aPath)));
    }
  }

  const deepestFirst = [...arrays.values()].sort((x, y) => y.depth - x.depth);
  for (const work of deepestFirst) reorderArray(work, operations);
  return serialize(operations);
}

function valueText(text: string, path: string, options: JsonPatchOptions): string {
  const minified = minifyJson(text);
  const compact = minified.ok ? minified.text : text;
  if (!options.maskSecrets) return compact;
  if (isSecretBodyValue(path, compact)) {
    return compact.startsWith('{') ? maskSecretMembers(compact) : JSON.stringify(MASK);
  }
  return compact;
}

/**
 * Removes, moves and inserts the items of one array so that it reads as in B. Items that keep their
 * order are not in the comparison; their places follow from the others': after the removals, A's items
 * and B's items that were neither moved nor added pair up in order.
 */
function reorderArray(work: ArrayWork, operations: Operation[]): void {
  const removed = [...work.removed].sort((x, y) => y - x);
  for (const index of removed) operations.push({ op: 'remove', path: `${work.path}/${index}` });
  if (work.moved.length === 0 && work.added.length === 0) return;

  // Positions after the removals.
  const ascending = [...removed].reverse();
  const shift = (index: number): number => index - countBelow(ascending, index);
  const moved = work.moved.map((m) => ({ from: shift(m.from), to: m.to }));
  const added = [...work.added].sort((x, y) => x.to - y.to);

  // Only a prefix of the array is concerned; whatever follows is kept, in order, on both sides.
  let lengthA = moved.length;
  for (const m of moved) lengthA = Math.max(lengthA, m.from + 1, m.to + 1 - added.length);
  for (const a of added) lengthA = Math.max(lengthA, a.to + 1 - added.length);
  const lengthB = lengthA + added.length;

  // Kept items before each position, on each side: a moved item leaves the gap before the kept item
  // it followed in A and lands in the gap before the kept item it precedes in B.
  const movedFromA = new Uint8Array(lengthA);
  for (const m of moved) movedFromA[m.from] = 1;
  const takenInB = new Uint8Array(lengthB);
  for (const m of moved) takenInB[m.to] = 1;
  for (const a of added) takenInB[a.to] = 1;
  const keptBeforeA = prefixCounts(movedFromA, 0);
  const keptBeforeB = prefixCounts(takenInB, 0);
  const keptCount = lengthA - moved.length;

  // Slots in final order: in each gap, the items placed there (B order), then the moved items still
  // waiting there (A order), then the kept item that closes the gap.
  const gapOfNew = (to: number): number => keptBeforeB[to] ?? 0;
  const gapOfOld = (from: number): number => keptBeforeA[from] ?? 0;
  const newPerGap = new Int32Array(keptCount + 2);
  const oldPerGap = new Int32Array(keptCount + 2);
  for (const m of moved) {
    take(newPerGap, gapOfNew(m.to));
    take(oldPerGap, gapOfOld(m.from));
  }
  for (const a of added) take(newPerGap, gapOfNew(a.to));
  const gapStart = new Int32Array(keptCount + 2);
  for (let g = 1; g <= keptCount + 1; g++) {
    gapStart[g] = (gapStart[g - 1] ?? 0) + (newPerGap[g - 1] ?? 0) + (oldPerGap[g - 1] ?? 0) + 1;
  }
  const slots = new Fenwick((gapStart[keptCount + 1] ?? 0) + 1);
  for (let g = 0; g < keptCount; g++) slots.add((gapStart[g + 1] ?? 0) - 1, 1); // the kept items

  const newTaken = new Int32Array(keptCount + 2);
  const oldTaken = new Int32Array(keptCount + 2);
  const oldSlot = new Map<number, number>();
  for (const m of [...moved].sort((x, y) => x.from - y.from)) {
    const g = gapOfOld(m.from);
    const slot = (gapStart[g] ?? 0) + (newPerGap[g] ?? 0) + take(oldTaken, g);
    oldSlot.set(m.from, slot);
    slots.add(slot, 1);
  }
  const placements = [
    ...moved.map((m) => ({ to: m.to, from: m.from, value: undefined as string | undefined })),
    ...added.map((a) => ({ to: a.to, from: -1, value: a.value as string | undefined })),
  ].sort((x, y) => x.to - y.to);
  for (const placement of placements) {
    const g = gapOfNew(placement.to);
    const slot = (gapStart[g] ?? 0) + take(newTaken, g);
    if (placement.value !== undefined) {
      operations.push({ op: 'add', path: `${work.path}/${slots.before(slot)}`, value: placement.value });
    } else {
      const from = oldSlot.get(placement.from) ?? 0;
      const fromIndex = slots.before(from);
      slots.add(from, -1);
      const toIndex = slots.before(slot);
      if (fromIndex !== toIndex) {
        operations.push({ op: 'move', from: `${work.path}/${fromIndex}`, path: `${work.path}/${toIndex}` });
      }
    }
    slots.add(slot, 1);
  }
}

/** Increments counts[index]; returns its value before. */
function take(counts: Int32Array, index: number): number {
  const value = counts[index] ?? 0;
  counts[index] = value + 1;
  return value;
}

/** Number of values in an ascending list that are below `value` (binary search). */
function countBelow(ascending: readonly number[], value: number): number {
  let lo = 0;
  let hi = ascending.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ascending[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** counts[i]: how many positions before i are not flagged (kept items before i). */
function prefixCounts(flags: Uint8Array, start: number): Int32Array {
  const counts = new Int32Array(flags.length + 1);
  let kept = start;
  for (let i = 0; i < flags.length; i++) {
    counts[i] = kept;
    if (flags[i] === 0) kept++;
  }
  counts[flags.length] = kept;
  return counts;
}

/** A Fenwick (binary indexed) tree of 0/1 flags: how many flagged slots lie before a slot. */
class Fenwick {
  private readonly tree: Int32Array;

  constructor(size: number) {
    this.tree = new Int32Array(size + 1);
  }

  add(slot: number, delta: number): void {
    for (let i = slot + 1; i < this.tree.length; i += i & -i) this.tree[i] = (this.tree[i] ?? 0) + delta;
  }

  before(slot: number): number {
    let sum = 0;
    for (let i = slot; i > 0; i -= i & -i) sum += this.tree[i] ?? 0;
    return sum;
  }
}

function serialize(operations: readonly Operation[]): string {
  if (operations.length === 0) return '[]\n';
  const lines = operations.map((o) => {
    const from = o.from !== undefined ? `, "from": ${JSON.stringify(o.from)}` : '';
    const value = o.value !== undefined ? `, "value": ${o.value}` : '';
    return `  { "op": "${o.op}"${from}, "path": ${JSON.stringify(o.path)}${value} }`;
  });
  return `[\n${lines.join(',\n')}\n]\n`;
}
