/**
 * Binary search over a sorted column: how many leading indexes of [0, count) satisfy `holds`, for a
 * predicate that is true on a prefix and false after it (`start[i] <= offset` on ascending starts).
 * The one search behind line, container, fold and match lookups.
 */
export function countWhile(count: number, holds: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (holds(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
