import type { PreparedText } from './cluster-text';
import { sharedSorted } from '../text/sorted-overlap';

/** Names of the pair features, in the order {@link pairFeatures} returns them; in [0, 1] except the IDF leftovers (may go below 0). */
export const PAIR_FEATURE_NAMES = [
  'dice',
  'stemJaccard',
  'stemContainment',
  'wordJaccard',
  'stemBigramJaccard',
  'lengthRatio',
  'numberMismatch',
  'negationMismatch',
  'orderedOverlap',
  'idfCosine',
  'idfLeftoverMax',
  'idfLeftoverTotal',
  'leftoverFewest',
  'leftoverMost',
  'prefix4Jaccard',
  'char3Jaccard',
  'char4Jaccard',
  'length',
] as const;

/** Inverse document frequency of a stem (fitted corpus statistics). */
export type IdfLookup = (stem: string) => number;

function jaccardOfSets<T>(a: Set<T>, b: Set<T>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  const union = a.size + b.size - shared;
  return union ? shared / union : 0;
}

/** Jaccard of two ascending arrays of distinct numbers, by one merge pass. */
function jaccardOfSorted(a: Float64Array, b: Float64Array): number {
  const shared = sharedSorted(a, b);
  const union = a.length + b.length - shared;
  return union ? shared / union : 0;
}

function sameNumbers(a: readonly string[], b: readonly string[]): boolean {
  return a.every((x) => b.includes(x)) && b.every((x) => a.includes(x));
}

/** Dice coefficient over character bigrams with counts (the measure of the string-similarity package). */
function dice(a: PreparedText, b: PreparedText): number {
  if (a.bigramTotal === 0 || b.bigramTotal === 0) return a.comparable === b.comparable && a.comparable !== '' ? 1 : 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.bigrams.length && j < b.bigrams.length) {
    const x = a.bigrams[i] as number;
    const y = b.bigrams[j] as number;
    if (x === y) {
      shared += Math.min(a.bigramCounts[i] as number, b.bigramCounts[j] as number);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * shared) / (a.bigramTotal + b.bigramTotal);
}

/** Length of the longest common subsequence of two token lists (short texts: O(n·m) is fine). */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, row[j - 1] as number);
    }
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * The pair features the fitted model weighs. Lexical only, on purpose: the clusterer must stay
 * cheap (microseconds per pair) and deterministic. The IDF-weighted ones let a shared rare word
 * ("Lincoln", "E. coli") count for more than a shared common one ("flood", "police").
 *
 * @example pairFeatures(prepareText('bridge closed'), prepareText('the bridge is closed'), () => 1)[1] // 1 (same stems)
 */
export function pairFeatures(a: PreparedText, b: PreparedText, idf: IdfLookup): number[] {
  const A = a.stemSet;
  const B = b.stemSet;
  let shared = 0;
  let weightA = 0;
  let weightB = 0;
  let weightShared = 0;
  let leftoverWeightA = 0;
  let leftoverWeightB = 0;
  let leftoverA = 0;
  let leftoverB = 0;
  for (const t of A) {
    const w = idf(t);
    weightA += w * w;
    if (B.has(t)) {
      shared++;
      weightShared += w * w;
    } else {
      leftoverA++;
      leftoverWeightA += w;
    }
  }
  let totalWeight = 0;
  for (const t of A) totalWeight += idf(t);
  // (idf is a Map lookup; stems per post are few, so computing it twice is cheaper than allocating.)
  for (const t of B) {
    const w = idf(t);
    weightB += w * w;
    totalWeight += w;
    if (!A.has(t)) {
      leftoverB++;
      leftoverWeightB += w;
    }
  }
  const union = A.size + B.size - shared;
  const minStems = Math.min(A.size, B.size);
  const longer = Math.max(a.words.length, b.words.length);
  const numbersDiffer = a.numbers.length > 0 && b.numbers.length > 0 && !sameNumbers(a.numbers, b.numbers);
  const minLength = Math.min(a.stems.length, b.stems.length);
  return [
    dice(a, b),
    union ? shared / union : 0,
    minStems ? shared / minStems : 0,
    jaccardOfSets(a.wordSet, b.wordSet),
    jaccardOfSets(a.stemBigrams, b.stemBigrams),
    longer ? Math.min(a.words.length, b.words.length) / longer : 0,
    numbersDiffer ? 1 : 0,
    a.negated !== b.negated ? 1 : 0,
    minLength ? lcsLength(a.stems, b.stems) / minLength : 0,
    weightA && weightB ? weightShared / Math.sqrt(weightA * weightB) : 0,
    // Not clamped at 0: a long unmatched remainder on one side is evidence in itself.
    1 - Math.max(leftoverWeightA, leftoverWeightB) / (totalWeight / 2 + 1),
    1 - (leftoverWeightA + leftoverWeightB) / (totalWeight + 1),
    1 / (1 + Math.min(leftoverA, leftoverB)),
    1 / (1 + Math.max(leftoverA, leftoverB)),
    jaccardOfSets(a.prefixes, b.prefixes),
    jaccardOfSorted(a.grams3, b.grams3),
    jaccardOfSorted(a.grams4, b.grams4),
    Math.min(1, minStems / 10),
  ];
}
