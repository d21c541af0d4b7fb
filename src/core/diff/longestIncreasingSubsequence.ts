/**
 * Marks a longest strictly increasing subsequence of `values` (patience sorting, O(n log n)).
 * The array comparison feeds it the A positions of matched items in B order: items on the subsequence
 * kept their relative order, the others are the fewest items that must be called "moved".
 */
export function longestIncreasingSubsequence(values: ArrayLike<number>): Uint8Array {
  const n = values.length;
  const onSubsequence = new Uint8Array(n);
  if (n === 0) return onSubsequence;
  // tails[k]: index of the smallest possible tail of an increasing run of length k + 1.
  const tails = new Int32Array(n);
  const previous = new Int32Array(n);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i] ?? 0;
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
    tails[lo] = i;
    if (lo === length) length++;
  }
  let k = tails[length - 1] ?? -1;
  while (k >= 0) {
    onSubsequence[k] = 1;
    k = previous[k] ?? -1;
  }
  return onSubsequence;
}
