import { longestIncreasingSubsequence } from './longestIncreasingSubsequence';

/**
 * Past this many candidate pairs of equal values (sum over values of countA × countB), an unkeyed
 * array's longest common subsequence is not searched (Hunt–Szymanski grows with that count): equal
 * values are then paired in order, which stays linear. Only arrays full of repeated values reach it.
 */
export const MAX_EQUAL_PAIRS_PER_ITEM = 8;

/** What the alignment needs to know about two arrays' items, whatever they hold. */
export interface AlignmentInput {
  lengthA: number;
  lengthB: number;
  /** Per item, the identity of its canonical value (equal values have equal identities; not conversely). */
  identitiesA: ArrayLike<number>;
  identitiesB: ArrayLike<number>;
  /** Whether item i of A and item j of B are equal as JSON (the exact check behind identities). */
  same(i: number, j: number): boolean;
  /** Per item, the value of the key that identifies it (undefined: no key); absent for unkeyed arrays. */
  keysA?: readonly (string | undefined)[];
  keysB?: readonly (string | undefined)[];
  /** Compare as multisets: no moves, leftovers are added and removed. */
  ignoreOrder: boolean;
  /** Item i against item i, nothing else ('none' key without ignoreOrder). */
  positional: boolean;
}

export interface Alignment {
  /** Per B item, the A item it stands for, or -1 when it was added. */
  matchB: Int32Array;
  /** Per B item, 1 when its A counterpart left the order the other items kept. */
  moved: Uint8Array;
  /** Per B item, 1 when it is known equal to its A counterpart (matched by value). */
  equal: Uint8Array;
}

/** An alignment in progress: the input, the matches so far, and which A items are taken. */
interface Work {
  input: AlignmentInput;
  alignment: Alignment;
  matchedA: Uint8Array;
}

/** Items [fromA, toA) of A and [fromB, toB) of B. */
interface Range {
  fromA: number;
  toA: number;
  fromB: number;
  toB: number;
}

function emptyAlignment(lengthB: number): Alignment {
  return {
    matchB: new Int32Array(lengthB).fill(-1),
    moved: new Uint8Array(lengthB),
    equal: new Uint8Array(lengthB),
  };
}

/**
 * Says which items of two arrays are the same item, in linear time (plus n log n for the order):
 * - with a key (chooseArrayKey), items with the same key value; then items equal as values;
 * - without a key, the longest common subsequence of values (common prefix and suffix first), equal
 *   values elsewhere as moves, and what is left paired in place between those anchors, so an edited
 *   item is one change, not a removal and an addition;
 * - duplicate values pair in order; a reorder costs the fewest moves (items off the longest run that
 *   kept its order);
 * - when comparing position by position would report fewer changes (edits among repeated values),
 *   that alignment is used instead.
 */
export function alignArrays(input: AlignmentInput): Alignment {
  const alignment = emptyAlignment(input.lengthB);
  if (input.positional) {
    alignPositionally(input, alignment, 0, 0, Math.min(input.lengthA, input.lengthB));
    return alignment;
  }
  const work: Work = { input, alignment, matchedA: new Uint8Array(input.lengthA) };
  const keyed = input.keysA !== undefined && input.keysB !== undefined;
  if (keyed) matchByKey(work);
  if (keyed || input.ignoreOrder) {
    matchInOrder(work, { fromA: 0, toA: input.lengthA, fromB: 0, toB: input.lengthB });
    if (!input.ignoreOrder) markMoves(alignment);
    return alignment;
  }
  alignSequence(work);
  return alignment;
}

function alignPositionally(
  input: AlignmentInput,
  alignment: Alignment,
  a: number,
  b: number,
  count: number,
): void {
  for (let k = 0; k < count; k++) {
    alignment.matchB[b + k] = a + k;
    if (input.identitiesA[a + k] === input.identitiesB[b + k] && input.same(a + k, b + k))
      alignment.equal[b + k] = 1;
  }
}

function matchByKey({ input, alignment, matchedA }: Work): void {
  const byKey = new Map<string, number>();
  input.keysA?.forEach((key, i) => {
    if (key !== undefined && !byKey.has(key)) byKey.set(key, i);
  });
  input.keysB?.forEach((key, j) => {
    const i = key === undefined ? undefined : byKey.get(key);
    if (i === undefined || matchedA[i] === 1) return;
    alignment.matchB[j] = i;
    matchedA[i] = 1;
  });
}

interface Bucket {
  a: number[];
  b: number[];
}

/** Unmatched items of the ranges grouped by value identity, each list in ascending order. */
function bucketsOf(
  { input, alignment, matchedA }: Work,
  { fromA, toA, fromB, toB }: Range,
): Map<number, Bucket> {
  const buckets = new Map<number, Bucket>();
  for (let i = fromA; i < toA; i++) {
    if (matchedA[i] === 1) continue;
    const id = input.identitiesA[i] as number;
    const bucket = buckets.get(id);
    if (bucket) bucket.a.push(i);
    else buckets.set(id, { a: [i], b: [] });
  }
  for (let j = fromB; j < toB; j++) {
    if (alignment.matchB[j] !== -1) continue;
    buckets.get(input.identitiesB[j] as number)?.b.push(j);
  }
  return buckets;
}

/** Equal values pair in order: the k-th unmatched occurrence in B with the k-th in A. */
function matchInOrder(work: Work, range: Range): void {
  const { input, alignment, matchedA } = work;
  for (const bucket of bucketsOf(work, range).values()) {
    let next = 0;
    for (const j of bucket.b) {
      // Identities can collide: skip A items that are not really equal.
      while (next < bucket.a.length && !input.same(bucket.a[next] as number, j)) next++;
      const i = bucket.a[next++];
      if (i === undefined) break;
      alignment.matchB[j] = i;
      alignment.equal[j] = 1;
      matchedA[i] = 1;
    }
  }
}

/** Flags as moved the matched B items outside a longest run of increasing A positions. */
function markMoves(alignment: Alignment): void {
  const positionsB: number[] = [];
  const positionsA: number[] = [];
  alignment.matchB.forEach((i, j) => {
    if (i === -1) return;
    positionsB.push(j);
    positionsA.push(i);
  });
  const kept = longestIncreasingSubsequence(positionsA);
  positionsB.forEach((j, k) => {
    if (kept[k] === 0) alignment.moved[j] = 1;
  });
}

/** Unkeyed arrays in order: see alignArrays. */
function alignSequence({ input, alignment, matchedA }: Work): void {
  const { lengthA, lengthB } = input;
  let prefix = 0;
  while (prefix < lengthA && prefix < lengthB && sameAt(input, prefix, prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < lengthA - prefix &&
    suffix < lengthB - prefix &&
    sameAt(input, lengthA - 1 - suffix, lengthB - 1 - suffix)
  ) {
    suffix++;
  }
  const endA = lengthA - suffix;
  const endB = lengthB - suffix;
  for (let k = 0; k < prefix; k++) setEqual(alignment, matchedA, k, k);
  for (let k = 0; k < suffix; k++) setEqual(alignment, matchedA, endA + k, endB + k);
  if (prefix === endA && prefix === endB) return;
  if (endA - prefix <= 1 && endB - prefix <= 1) {
    // One item left on a side at most (every level of a nested chain): pair it, or it was added/removed.
    if (endA > prefix && endB > prefix) alignment.matchB[prefix] = prefix;
    return;
  }

  const middle: Work = { input, alignment: emptyAlignment(lengthB), matchedA: new Uint8Array(lengthA) };
  const range = { fromA: prefix, toA: endA, fromB: prefix, toB: endB };
  const kept = anchorsAndMoves(middle, range);
  const cost = pairBetweenAnchors(middle, kept, range);

  // Position by position, for comparison: unequal pairs plus the length difference.
  let positionalCost = Math.abs(endA - prefix - (endB - prefix));
  const overlap = Math.min(endA, endB) - prefix;
  for (let k = 0; k < overlap && positionalCost < cost; k++) {
    if (!sameAt(input, prefix + k, prefix + k)) positionalCost++;
  }
  if (positionalCost < cost) {
    alignPositionally(input, alignment, prefix, prefix, overlap);
    return;
  }
  for (let j = prefix; j < endB; j++) {
    alignment.matchB[j] = middle.alignment.matchB[j] ?? -1;
    alignment.moved[j] = middle.alignment.moved[j] ?? 0;
    alignment.equal[j] = middle.alignment.equal[j] ?? 0;
  }
}

const sameAt = (input: AlignmentInput, i: number, j: number): boolean =>
  input.identitiesA[i] === input.identitiesB[j] && input.same(i, j);

function setEqual(alignment: Alignment, matchedA: Uint8Array, i: number, j: number): void {
  alignment.matchB[j] = i;
  alignment.equal[j] = 1;
  matchedA[i] = 1;
}

/**
 * Matches equal values of the middle ranges. The pairs on a longest common subsequence stay in place
 * (Hunt–Szymanski: the candidate A positions of each B item, in decreasing order, fed to a longest
 * increasing subsequence); the other equal values pair in order and are moves. Returns, per B index,
 * 1 for the kept anchors.
 */
function anchorsAndMoves(work: Work, range: Range): Uint8Array {
  const { input, alignment, matchedA } = work;
  const { fromA, toA, fromB, toB } = range;
  const kept = new Uint8Array(input.lengthB);
  const buckets = bucketsOf(work, range);
  let candidates = 0;
  for (const bucket of buckets.values()) candidates += bucket.a.length * bucket.b.length;
  if (candidates > MAX_EQUAL_PAIRS_PER_ITEM * (toA - fromA + toB - fromB)) {
    matchInOrder(work, range);
    markMoves(alignment);
    alignment.matchB.forEach((i, j) => {
      if (i !== -1 && alignment.moved[j] === 0) kept[j] = 1;
    });
    return kept;
  }

  const candidateA = new Int32Array(candidates);
  const candidateB = new Int32Array(candidates);
  let n = 0;
  for (let j = fromB; j < toB; j++) {
    const list = buckets.get(input.identitiesB[j] as number)?.a;
    if (!list) continue;
    for (let k = list.length - 1; k >= 0; k--) {
      candidateA[n] = list[k] as number;
      candidateB[n++] = j;
    }
  }
  const onSubsequence = longestIncreasingSubsequence(candidateA.subarray(0, n));
  for (let k = 0; k < n; k++) {
    if (onSubsequence[k] === 0) continue;
    const i = candidateA[k] as number;
    const j = candidateB[k] as number;
    if (!input.same(i, j)) continue;
    setEqual(alignment, matchedA, i, j);
    kept[j] = 1;
  }
  // The remaining equal values are the same items, moved.
  matchInOrder(work, range);
  alignment.matchB.forEach((i, j) => {
    if (i !== -1 && kept[j] === 0) alignment.moved[j] = 1;
  });
  return kept;
}

/**
 * Between consecutive anchors, items left on both sides pair in place (an edited item is one change);
 * the surplus is added or removed. Returns the number of changes this alignment reports.
 */
function pairBetweenAnchors({ alignment, matchedA }: Work, kept: Uint8Array, range: Range): number {
  const { fromA, toA, fromB, toB } = range;
  let cost = 0;
  let a = fromA;
  for (let j = fromB; j <= toB; j++) {
    if (j < toB && kept[j] === 0) continue;
    const anchorA = j < toB ? (alignment.matchB[j] as number) : toA;
    // B items between the previous anchor and this one, against A items in the same gap.
    let b = j - 1;
    while (b >= fromB && kept[b] === 0) b--;
    b++;
    for (; b < j; b++) {
      if (alignment.matchB[b] !== -1) {
        cost++; // a move
        continue;
      }
      while (a < anchorA && matchedA[a] === 1) a++;
      if (a < anchorA) {
        alignment.matchB[b] = a;
        matchedA[a++] = 1;
      }
      cost++; // an edit or an addition
    }
    for (; a < anchorA; a++) if (matchedA[a] === 0) cost++; // removals
    a = anchorA + 1;
  }
  return cost;
}
