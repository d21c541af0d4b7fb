/**
 * Myers' O(ND) difference algorithm in its linear-space form (the "middle snake" refinement of
 * Myers 1986, section 4b): memory stays proportional to the input, whatever the number of edits.
 * Works on integer sequences so callers intern lines (or any tokens) once and compare numbers.
 */

/** Thrown internally when the work budget runs out; never escapes this module. */
class BudgetExceeded extends Error {}

interface Snake {
  /** Number of edits on the optimal path through the box. */
  edits: number;
  /** Start (x, y) and end (u, v) of the middle snake, relative to the box. */
  x: number;
  y: number;
  u: number;
  v: number;
}

interface Budget {
  remaining: number;
}

/**
 * The pairs of equal positions of a longest common subsequence of `a` and `b`, in increasing order,
 * as a flat list [a0, b0, a1, b1, ...]. Returns undefined when aligning would take more than `maxSteps`
 * elementary steps, so callers can fall back to something cheaper instead of freezing.
 */
export function commonSubsequence(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  maxSteps: number,
): number[] | undefined {
  const pairs: number[] = [];
  const budget: Budget = { remaining: maxSteps };
  try {
    align(a, 0, a.length, b, 0, b.length, pairs, budget);
  } catch (error) {
    if (error instanceof BudgetExceeded) return undefined;
    throw error;
  }
  return pairs;
}

function align(
  a: ArrayLike<number>,
  aLo: number,
  aHi: number,
  b: ArrayLike<number>,
  bLo: number,
  bHi: number,
  pairs: number[],
  budget: Budget,
): void {
  while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) {
    pairs.push(aLo++, bLo++);
  }
  let suffix = 0;
  while (aHi > aLo && bHi > bLo && a[aHi - 1] === b[bHi - 1]) {
    aHi--;
    bHi--;
    suffix++;
  }
  if (aLo < aHi && bLo < bHi) {
    const snake = middleSnake(a, aLo, aHi, b, bLo, bHi, budget);
    if (snake.edits > 1) {
      align(a, aLo, aLo + snake.x, b, bLo, bLo + snake.y, pairs, budget);
      for (let i = 0; i < snake.u - snake.x; i++) pairs.push(aLo + snake.x + i, bLo + snake.y + i);
      align(a, aLo + snake.u, aHi, b, bLo + snake.v, bHi, pairs, budget);
    } else {
      alignOneEdit(a, aLo, aHi, b, bLo, bHi, pairs);
    }
  }
  for (let i = 0; i < suffix; i++) pairs.push(aHi + i, bHi + i);
}

/** With at most one edit, the shorter side is the longer one minus one element: walk both. */
function alignOneEdit(
  a: ArrayLike<number>,
  aLo: number,
  aHi: number,
  b: ArrayLike<number>,
  bLo: number,
  bHi: number,
  pairs: number[],
): void {
  let i = aLo;
  let j = bLo;
  while (i < aHi && j < bHi) {
    if (a[i] === b[j]) pairs.push(i++, j++);
    else if (aHi - aLo > bHi - bLo) i++;
    else j++;
  }
}

function middleSnake(
  a: ArrayLike<number>,
  aLo: number,
  aHi: number,
  b: ArrayLike<number>,
  bLo: number,
  bHi: number,
  budget: Budget,
): Snake {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const delta = n - m;
  const odd = (delta & 1) !== 0;
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD + 1;
  // Furthest x reached on each diagonal k = x - y, forward from the start and backward from the end.
  const forward = new Int32Array(2 * maxD + 3);
  const backward = new Int32Array(2 * maxD + 3);
  forward[offset + 1] = 0;
  backward[offset + 1] = 0;

  for (let d = 0; d <= maxD; d++) {
    budget.remaining -= 2 * d + 1;
    if (budget.remaining < 0) throw new BudgetExceeded();

    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (forward[offset + k - 1] ?? 0) < (forward[offset + k + 1] ?? 0))
          ? (forward[offset + k + 1] ?? 0)
          : (forward[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      const startX = x;
      const startY = y;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++;
        y++;
      }
      budget.remaining -= x - startX;
      forward[offset + k] = x;
      const c = delta - k;
      if (odd && c >= -(d - 1) && c <= d - 1 && x + (backward[offset + c] ?? 0) >= n) {
        return { edits: 2 * d - 1, x: startX, y: startY, u: x, v: y };
      }
    }

    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (backward[offset + k - 1] ?? 0) < (backward[offset + k + 1] ?? 0))
          ? (backward[offset + k + 1] ?? 0)
          : (backward[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      const startX = x;
      const startY = y;
      while (x < n && y < m && a[aHi - 1 - x] === b[bHi - 1 - y]) {
        x++;
        y++;
      }
      budget.remaining -= x - startX;
      backward[offset + k] = x;
      const c = delta - k;
      if (!odd && c >= -d && c <= d && x + (forward[offset + c] ?? 0) >= n) {
        return { edits: 2 * d, x: n - x, y: m - y, u: n - startX, v: m - startY };
      }
    }
  }
  // The two searches always meet by maxD; reaching this line would mean a bug, not a hard input.
  throw new Error('middle snake not found');
}

/**
 * Numbers two sequences of lines for commonSubsequence: equal lines (after `normalize`) get equal
 * numbers, so the alignment compares integers instead of strings.
 */
export function internLines(
  a: readonly string[],
  b: readonly string[],
  normalize: (line: string) => string = (line) => line,
): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const intern = (text: string): number => {
    const line = normalize(text);
    let id = ids.get(line);
    if (id === undefined) {
      id = ids.size;
      ids.set(line, id);
    }
    return id;
  };
  return [Int32Array.from(a, intern), Int32Array.from(b, intern)];
}
