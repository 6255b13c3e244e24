import { cleanText, tokenizeCleaned, type Token } from '../text/tokenize';
import { canonicalUrl, extractUrls } from '../text/urls';
import { charBigrams } from './char-bigrams';
import { diceTextOfCleaned } from './indexed-statement';

/** A claim, pre-processed once per match call. */
export interface PreparedQuery {
  text: string;
  tokens: Token[];
  terms: string[];
  uniqueTerms: string[];
  /** Adjacent term pairs ("a b"), for phrase overlap. */
  pairs: Set<string>;
  /** The same pairs as term → following terms, so passages are checked without building strings. */
  next: Map<string, Set<string>>;
  numbers: Set<string>;
  names: Set<string>;
  bigrams: Uint32Array;
  urls: string[];
  /** Words in the claim once links, handles and emojis are gone (for the short-claim guard). */
  wordCount: number;
}

/** Tokenises a claim and collects what every candidate comparison needs. */
export function prepareQuery(text: string, extraUrls: readonly string[] = []): PreparedQuery {
  // Cleaned once: both the terms and the Dice string come from it.
  const cleaned = cleanText(text);
  const tokens = tokenizeCleaned(cleaned);
  const terms = tokens.map((t) => t.term);
  const pairs = new Set<string>();
  const next = new Map<string, Set<string>>();
  for (let i = 1; i < terms.length; i++) {
    const a = terms[i - 1] as string;
    const b = terms[i] as string;
    pairs.add(`${a} ${b}`);
    let set = next.get(a);
    if (!set) next.set(a, (set = new Set()));
    set.add(b);
  }
  const urls = [...new Set([...extraUrls, ...extractUrls(text)].map((u) => canonicalUrl(u)).filter((u): u is string => u !== null))];
  const words = text
    .replace(/(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/(^|[^\w])@\w+/g, ' ')
    .match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu);
  return {
    text,
    tokens,
    terms,
    uniqueTerms: [...new Set(terms)],
    pairs,
    next,
    numbers: new Set(tokens.filter((t) => t.numeric).map((t) => t.term)),
    names: new Set(tokens.filter((t) => t.capitalised).map((t) => t.term)),
    bigrams: charBigrams(diceTextOfCleaned(cleaned)),
    urls,
    wordCount: words ? words.length : 0,
  };
}
