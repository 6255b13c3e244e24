import { sharedSorted } from '../text/sorted-overlap';

/**
 * Sørensen–Dice over character bigrams, as `string-similarity`'s compareTwoStrings computes it
 * (whitespace removed, bigrams counted as a multiset), but on pre-sorted code arrays so that a
 * statement's bigrams are built once at index time rather than on every comparison.
 */

/** Sorted bigram codes of a string (whitespace removed). */
export function charBigrams(text: string): Uint32Array {
  const s = /\s/.test(text) ? text.replace(/\s+/g, '') : text;
  const n = Math.max(0, s.length - 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);
  return out.sort();
}

/**
 * Dice coefficient of two sorted bigram arrays, in [0, 1].
 *
 * @example diceOf(charBigrams('night'), charBigrams('nacht')) // 0.25
 */
export function diceOf(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = sharedSorted(a, b);
  return (2 * shared) / (a.length + b.length);
}
