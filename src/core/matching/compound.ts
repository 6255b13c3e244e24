import { stemWord } from '../text/stem';
import { STOP_WORDS } from '../text/stop-words';
import type { PreparedQuery } from './query';

const MIN_PART = 3;
/** A split that finds only one known part must find a rare one (IDF at least this), or it is noise. */
const MIN_LONE_PART_IDF = 5;
const MIN_LONE_PART_LENGTH = 5;

/** Whether word[start, end) may stem to an indexed term (a cheap test before cutting it out). */
export type PlausiblePart = (word: string, start: number, end: number) => boolean;

/**
 * Index terms hidden in a word the index does not know: lower-case hashtags and run-together
 * compounds ("cornflakes" → corn, flake; "fyrefestival" → fyre, festiv; "krystinamartelli" →
 * martelli, a misspelt first name being unrecoverable). Both parts known beats one rare part;
 * among equals, the most even split wins. `plausible(word, start, end)` may turn the part
 * word[start, end) down before it is cut out and stemmed: stemming every cut of every unknown word
 * was a tenth of a claim's time, and most cuts are not words.
 *
 * @example splitCompound('cornflakes', (t) => vocab.has(t), idf) // ['corn', 'flake']
 */
export function splitCompound(surface: string, known: (term: string) => boolean, idf: (term: string) => number, plausible: PlausiblePart = () => true): string[] {
  if (surface.length < 2 * MIN_PART + 1 || !/^[a-z]+$/.test(surface)) return [];
  const termOf = (start: number, end: number): string | null => {
    if (!plausible(surface, start, end)) return null;
    const part = surface.slice(start, end);
    if (STOP_WORDS.has(part)) return null;
    const term = stemWord(part);
    return known(term) ? term : null;
  };
  const n = surface.length;
  let best: string[] = [];
  let bestRank = -1;
  for (let i = MIN_PART; i <= n - MIN_PART; i++) {
    // A part too short to stand alone matters only when the other part is known: it is stemmed
    // only then (most of a split's time was stemming cuts that could not count).
    const leftShort = i < MIN_LONE_PART_LENGTH;
    const rightShort = n - i < MIN_LONE_PART_LENGTH;
    let a = leftShort && !rightShort ? null : termOf(0, i);
    const b = rightShort && a === null ? null : termOf(i, n);
    if (leftShort && !rightShort && b !== null) a = termOf(0, i);
    let rank: number;
    let found: string[];
    if (a !== null && b !== null) {
      rank = 1000 + Math.min(i, n - i);
      found = [a, b];
    } else if (a !== null || b !== null) {
      const length = a !== null ? i : n - i;
      const term = (a ?? b) as string;
      if (length < MIN_LONE_PART_LENGTH || idf(term) < MIN_LONE_PART_IDF) continue;
      rank = length;
      found = [term];
    } else continue;
    if (rank > bestRank) {
      bestRank = rank;
      best = found;
    }
  }
  return best;
}

/** A lower-case @handle outside the tweet signature's "(@handle)". */
const LOWER_HANDLE = /(?:^|[^\w(])@([a-z]{7,30})\b(?!\))/g;

/**
 * The claim with each word the index does not know replaced by the indexed parts hidden in it
 * (see splitCompound), and lower-case @handles that name someone ("@georgesoros") added as their
 * parts; the tokenizer drops those handles as private-looking. Every feature then sees the parts
 * as claim terms, as if the claim had been written with spaces. Returns `q` itself when nothing
 * splits.
 *
 * @example withCompoundParts(prepareQuery('#Fyrefestival chaos'), known, idf).uniqueTerms // ['chao', 'fyre', 'festiv']
 */
export function withCompoundParts(q: PreparedQuery, known: (term: string) => boolean, idf: (term: string) => number, split = splitCompound, plausible?: PlausiblePart): PreparedQuery {
  let replaced: Set<string> | undefined;
  let parts: string[] | undefined;
  let names: Set<string> | undefined;
  for (const t of q.tokens) {
    if (t.numeric || known(t.term)) continue;
    const found = split(t.surface, known, idf, plausible);
    if (!found.length) continue;
    (replaced ??= new Set()).add(t.term);
    (parts ??= []).push(...found);
    if (t.capitalised) (names ??= new Set(q.names)).add(found[0] as string).add(found[found.length - 1] as string);
  }
  for (const handle of q.text.matchAll(LOWER_HANDLE)) {
    const found = split(handle[1] as string, known, idf, plausible);
    // One known part of a handle is too weak a guess ("@johnsmith1" → "smith").
    if (found.length === 2) (parts ??= []).push(...found);
  }
  if (!parts) return q;
  const counts = new Map<string, number>();
  q.uniqueTerms.forEach((t, i) => {
    if (!replaced?.has(t)) counts.set(t, q.uniqueCounts[i] as number);
  });
  for (const p of parts) counts.set(p, (counts.get(p) ?? 0) + 1);
  return { ...q, uniqueTerms: [...counts.keys()], uniqueCounts: [...counts.values()], names: names ?? q.names };
}

const SPLIT_CACHE_LIMIT = 50_000;

/**
 * splitCompound remembered per word while the index's vocabulary is unchanged: the same hashtags
 * come back claim after claim during an incident, and each split stems every cut of the word.
 */
export function cachedSplitter(generation: () => number): typeof splitCompound {
  const cache = new Map<string, string[]>();
  let seen = -1;
  return (surface, known, idf, plausible) => {
    if (seen !== generation() || cache.size > SPLIT_CACHE_LIMIT) {
      cache.clear();
      seen = generation();
    }
    let found = cache.get(surface);
    if (!found) cache.set(surface, (found = splitCompound(surface, known, idf, plausible)));
    return found;
  };
}
