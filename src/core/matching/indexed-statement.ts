import { cleanText, tokenizeCleaned, type Token } from '../text/tokenize';
import { canonicalUrl } from '../text/urls';
import { charBigrams } from './char-bigrams';
import { internTerm } from './term-ids';
import type { IndexableStatement } from './types';

const YEAR = /^(?:19|20)\d\d$/;

/** A title or paragraph of a statement, pre-processed once at index time. */
export interface IndexedPassage {
  text: string;
  isTitle: boolean;
  terms: string[];
  termSet: Set<string>;
  /** Ids of the distinct terms (see term-ids.ts). */
  termIds: Int32Array;
  /** Character bigrams for Dice, built on first use: most passages are never a candidate. */
  bigrams: Uint32Array | null;
  /** Sum of the distinct terms' IDF, valid for index generation `idfGen` (-1: not yet). */
  idfMass: number;
  idfGen: number;
}

/** A passage's sorted character bigrams, computed once. */
export function passageBigrams(p: IndexedPassage): Uint32Array {
  if (p.bigrams === null) p.bigrams = charBigrams(diceText(p.text));
  return p.bigrams;
}

/** A statement with everything the reranker reads, computed once at upsert. */
export interface IndexedStatement {
  statement: IndexableStatement;
  passages: IndexedPassage[];
  /** Term frequencies over all passages (the BM25 document). */
  tf: Map<string, number>;
  /** Ids of the keys of `tf` (see term-ids.ts): what the reranker walks per candidate. */
  termIds: Int32Array;
  length: number;
  numbers: Set<string>;
  /** The numbers that look like years (1900-2099), for the posted-year features. */
  years: string[];
  /** Terms written capitalised somewhere in the statement: names and places. */
  names: Set<string>;
  url: string | null;
  publishedMs: number | null;
  /** Euclidean norm of the TF-IDF vector, valid for index generation `normGen` (-1: not yet). */
  norm: number;
  normGen: number;
}

/** Lower-cased letters and digits only: the string Dice compares. */
export function diceText(text: string): string {
  return diceTextOfCleaned(cleanText(text));
}

/** `diceText` of text already through `cleanText`. */
export function diceTextOfCleaned(cleaned: string): string {
  return cleaned.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * `charBigrams(diceTextOfCleaned(cleaned))` in one pass over the code units: the Unicode-class
 * regex replace was most of the cost of a claim's bigrams, and ASCII needs no class lookup.
 */
export function diceBigramsOfCleaned(cleaned: string): Uint32Array {
  const lower = cleaned.toLowerCase();
  const units = new Uint16Array(lower.length);
  let n = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) units[n++] = c;
      continue;
    }
    const cp = lower.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    if (LETTER_OR_DIGIT.test(String.fromCodePoint(cp))) {
      units[n++] = c;
      if (width === 2) units[n++] = lower.charCodeAt(i + 1);
    }
    i += width - 1;
  }
  const out = new Uint32Array(Math.max(0, n - 1));
  for (let i = 0; i + 1 < n; i++) out[i] = (units[i] as number) * 65536 + (units[i + 1] as number);
  return out.sort();
}

/** Term ids of distinct terms (a loop: TypedArray.from over an iterator with a map is slow). */
function idsOf(terms: Iterable<string>, size: number): Int32Array {
  const out = new Int32Array(size);
  let k = 0;
  for (const t of terms) out[k++] = internTerm(t);
  return out;
}

function passage(text: string, isTitle: boolean, tokens: Token[], cleaned: string): IndexedPassage {
  const terms = tokens.map((t) => t.term);
  // Built at upsert from the already-cleaned text: the cold first Dice comparison of a
  // passage was the largest single cost of a query against a freshly built index.
  const termSet = new Set(terms);
  return { text, isTitle, terms, termSet, termIds: idsOf(termSet, termSet.size), bigrams: diceBigramsOfCleaned(cleaned), idfMass: 0, idfGen: -1 };
}

/**
 * Moves a statement's term ids and its passages' term ids and bigrams into one buffer, in the
 * order the reranker reads them. A candidate's first touch was ~2n+1 separately allocated
 * backing stores scattered over memory; one contiguous block is cheaper to fetch.
 */
function packTogether(termIds: Int32Array, passages: IndexedPassage[]): Int32Array {
  let total = termIds.length;
  for (const p of passages) total += p.termIds.length + (p.bigrams?.length ?? 0);
  const buffer = new ArrayBuffer(total * 4);
  const packed = new Int32Array(buffer, 0, termIds.length);
  packed.set(termIds);
  let at = termIds.length * 4;
  for (const p of passages) {
    const ids = new Int32Array(buffer, at, p.termIds.length);
    ids.set(p.termIds);
    p.termIds = ids;
    at += ids.byteLength;
    if (p.bigrams) {
      const bigrams = new Uint32Array(buffer, at, p.bigrams.length);
      bigrams.set(p.bigrams);
      p.bigrams = bigrams;
      at += bigrams.byteLength;
    }
  }
  return packed;
}

/** Splits and pre-processes a statement: title, then each paragraph of the body. */
export function indexStatement(s: IndexableStatement): IndexedStatement {
  const paragraphs = s.body.split(/\n\s*\n|\r?\n/).map((p) => p.trim()).filter(Boolean);
  const passages: IndexedPassage[] = [];
  // Token objects are not kept: nothing reads them after indexing, and ~30 per statement only
  // add garbage-collector work while claims are matched.
  const tf = new Map<string, number>();
  const numbers = new Set<string>();
  const names = new Set<string>();
  let length = 0;
  for (const [i, text] of [s.title, ...paragraphs].entries()) {
    const cleaned = cleanText(text);
    const tokens = tokenizeCleaned(cleaned);
    if (!tokens.length) continue;
    length += tokens.length;
    for (const t of tokens) {
      tf.set(t.term, (tf.get(t.term) ?? 0) + 1);
      if (t.numeric) numbers.add(t.term);
      if (t.capitalised) names.add(t.term);
    }
    passages.push(passage(text, i === 0 && text === s.title, tokens, cleaned));
  }
  const published = s.publishedAt ? Date.parse(s.publishedAt) : NaN;
  return {
    statement: s,
    passages,
    tf,
    termIds: packTogether(idsOf(tf.keys(), tf.size), passages),
    length,
    numbers,
    years: [...numbers].filter((n) => YEAR.test(n)),
    names,
    url: s.url ? canonicalUrl(s.url) : null,
    publishedMs: Number.isFinite(published) ? published : null,
    norm: 0,
    normGen: -1,
  };
}
