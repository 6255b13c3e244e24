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
  const na = a.length;
  const nb = b.length;
  // Branch-free steps: which side advances is a coin toss on text, and mispredicted branches
  // made this loop about 2.5x slower (Dice was ~10% of a claim's CPU).
  while (i < na && j < nb) {
    const x = a[i] as number;
    const y = b[j] as number;
    const le = +(x <= y);
    const ge = +(x >= y);
    shared += le & ge;
    i += le;
    j += ge;
  }
  return shared;
}
