/**
 * How many values two ascending arrays share, by one merge pass (a value repeated in both counts as
 * often as both hold it): the core of every comparison of pre-sorted character n-grams, Dice in
 * matching and Jaccard in clustering.
 *
 * @example sharedSorted(Uint32Array.of(1, 3, 5), Uint32Array.of(3, 4, 5)) // 2
 */
export function sharedSorted(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
