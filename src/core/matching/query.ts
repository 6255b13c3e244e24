import { cleanText, tokenizeCleaned, type Token } from '../text/tokenize';
import { canonicalUrl, extractUrls } from '../text/urls';
import { diceBigramsOfCleaned } from './indexed-statement';

/** A claim, pre-processed once per match call. */
export interface PreparedQuery {
  text: string;
  tokens: Token[];
  terms: string[];
  uniqueTerms: string[];
  /** How often each of `uniqueTerms` occurs in the claim. */
  uniqueCounts: number[];
  numbers: Set<string>;
  names: Set<string>;
  bigrams: Uint32Array;
  urls: string[];
  /** The year a pasted tweet was posted (from its signature), or null. */
  postedYear: string | null;
}

// A pasted tweet embed ends with "— Display Name (@handle) Month D, YYYY": the year it was posted
// tells old rumors from new ones that share their words.
const SIGNATURE_DATE = /\(@\w{1,30}\)\s+[A-Z][a-z]+ \d{1,2}, (\d{4})\s*$/;


/** Tokenises a claim and collects what every candidate comparison needs. */
export function prepareQuery(text: string, extraUrls: readonly string[] = []): PreparedQuery {
  // Cleaned once: both the terms and the Dice string come from it.
  const cleaned = cleanText(text);
  const tokens = tokenizeCleaned(cleaned);
  // Loops that push rather than map/filter chains: those now and then return a holey array, and
  // a claim whose arrays are of another kind deoptimised the matcher mid-run (see rank()).
  const terms: string[] = [];
  const numbers = new Set<string>();
  const names = new Set<string>();
  const countOf = new Map<string, number>();
  for (const t of tokens) {
    terms.push(t.term);
    countOf.set(t.term, (countOf.get(t.term) ?? 0) + 1);
    if (t.numeric) numbers.add(t.term);
    if (t.capitalised) names.add(t.term);
  }
  const urls: string[] = [];
  for (const raw of [...extraUrls, ...extractUrls(text)]) {
    const url = canonicalUrl(raw);
    if (url !== null && !urls.includes(url)) urls.push(url);
  }
  return {
    text,
    tokens,
    terms,
    uniqueTerms: [...countOf.keys()],
    uniqueCounts: [...countOf.values()],
    numbers,
    names,
    bigrams: diceBigramsOfCleaned(cleaned),
    urls,
    postedYear: SIGNATURE_DATE.exec(text)?.[1] ?? null,
  };
}

/**
 * Words in a claim once links and handles are gone, for the short-claim guard. Not part of
 * PreparedQuery: only a decision needs it, and counting cost ~2% of ranking a claim.
 *
 * @example claimWordCount('Bridge closed https://t.co/x @ann') // 2
 */
export function claimWordCount(text: string): number {
  const words = text
    .replace(/(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/(^|[^\w])@\w+/g, ' ')
    .match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu);
  return words ? words.length : 0;
}
