import { diceOf } from './char-bigrams';
import { passageBigrams, type IndexedPassage, type IndexedStatement } from './indexed-statement';
import type { PreparedQuery } from './query';
import { emptyRow, F, type FeatureRow } from './feature-row';
import { hasTermId } from './term-ids';

export { FEATURE_GROUPS, FEATURE_NAMES } from './feature-row';


/** What a feature computation needs from the index. */
export interface FeatureContext {
  idf: (term: string) => number;
  /** The index's IDF generation: cached per-passage IDF sums are valid while it is unchanged. */
  generation: number;
  /** The claim's `uniqueTerms` as looked up by the index, in order (empty outside a claim). */
  terms: readonly TermFacts[];
}

/** What the index knows about one claim term. */
export interface TermFacts {
  /** Term id (-1: in no statement). */
  id: number;
  idf: number;
  related: Int32Array;
  associations: { ids: Int32Array; weights: Float64Array } | undefined;
}

export interface CandidateFeatures {
  /** Feature values in FEATURE_NAMES order (see feature-row.ts). */
  row: FeatureRow;
  /** The passage that covers the most of the claim. */
  passage: IndexedPassage | undefined;
}

interface QueryStats {
  generation: number;
  /** IDF of each of `q.uniqueTerms`, in order. */
  weights: Float64Array;
  /** Their sum (1 when the claim has no terms, so ratios stay finite). */
  mass: number;
  /** Per claim term: 1 if it is written as a name / is a number (the rest of the name and number features come from the shared-term walk). */
  isName: Uint8Array;
  isNumber: Uint8Array;
  /** IDF mass of the claim's names (0 when it has none). */
  nameMass: number;
  /** Scratch per candidate (one claim is scored at a time): claim terms reached / best association. */
  reached: Uint8Array;
  predicted: Float64Array;
  /** Ids of `q.uniqueTerms` (-1: in no statement). */
  ids: Int32Array;
  /** Norm of the claim's TF-IDF vector (1 when it has no terms). */
  norm: number;
  /** Number of statement term ids that stand in for or are predicted by claim terms (rows). */
  rows: number;
  /** Open-addressing table, term id → row (see rowIn). */
  rowKeys: Int32Array;
  rowValues: Int32Array;
  rowShift: number;
  /** Row r's claim terms it stands in for: reachTerms[reachStart[r] .. reachStart[r + 1]). */
  reachStart: Int32Array;
  reachTerms: Int32Array;
  /** Row r's (claim term predicting it, weight) pairs, likewise. */
  predictStart: Int32Array;
  predictTerms: Int32Array;
  predictWeights: Float64Array;
}

const HASH = 0x9e3779b1; // Fibonacci hashing: the top bits of id × 2^32/φ.

/**
 * The row of term id `id` in a claim's table, or -1. The table has at least four slots per row,
 * so most ids not in it end at the first, empty, slot: one read of a table small enough to stay
 * in cache, where the candidate-term lookups had been two Map probes each (~6% of a claim).
 */
function rowIn(keys: Int32Array, values: Int32Array, shift: number, id: number): number {
  const mask = keys.length - 1;
  for (let h = Math.imul(id, HASH) >>> shift; ; h = (h + 1) & mask) {
    const key = keys[h] as number;
    if (key === id) return values[h] as number;
    if (key === -1) return -1;
  }
}

type TermTables = Pick<QueryStats, 'rows' | 'rowKeys' | 'rowValues' | 'rowShift' | 'reachStart' | 'reachTerms' | 'predictStart' | 'predictTerms' | 'predictWeights'>;

/** The claim's related-term and association rows (see QueryStats). */
function termTables(facts: readonly TermFacts[]): TermTables {
  let nReach = 0;
  let nPredict = 0;
  for (const { related, associations } of facts) {
    nReach += related.length;
    if (associations) nPredict += associations.ids.length;
  }
  let bits = 4;
  while (1 << bits < 4 * (nReach + nPredict)) bits++;
  const rowKeys = new Int32Array(1 << bits).fill(-1);
  const rowValues = new Int32Array(1 << bits);
  const rowShift = 32 - bits;
  let rows = 0;
  const reachCount: number[] = [];
  const predictCount: number[] = [];
  const rowFor = (id: number): number => {
    const mask = rowKeys.length - 1;
    let h = Math.imul(id, HASH) >>> rowShift;
    while (rowKeys[h] !== -1 && rowKeys[h] !== id) h = (h + 1) & mask;
    if (rowKeys[h] === -1) {
      rowKeys[h] = id;
      rowValues[h] = rows++;
      reachCount.push(0);
      predictCount.push(0);
    }
    return rowValues[h] as number;
  };
  for (const { related, associations } of facts) {
    for (let k = 0; k < related.length; k++) (reachCount[rowFor(related[k] as number)] as number)++;
    if (associations) for (let k = 0; k < associations.ids.length; k++) (predictCount[rowFor(associations.ids[k] as number)] as number)++;
  }
  const reachStart = new Int32Array(rows + 1);
  const predictStart = new Int32Array(rows + 1);
  for (let r = 0; r < rows; r++) {
    reachStart[r + 1] = (reachStart[r] as number) + (reachCount[r] as number);
    predictStart[r + 1] = (predictStart[r] as number) + (predictCount[r] as number);
  }
  const reachTerms = new Int32Array(nReach);
  const predictTerms = new Int32Array(nPredict);
  const predictWeights = new Float64Array(nPredict);
  const reachAt = reachStart.slice(0, rows);
  const predictAt = predictStart.slice(0, rows);
  facts.forEach(({ related, associations }, i) => {
    for (let k = 0; k < related.length; k++) reachTerms[(reachAt[rowFor(related[k] as number)] as number)++] = i;
    if (!associations) return;
    for (let k = 0; k < associations.ids.length; k++) {
      const at = (predictAt[rowFor(associations.ids[k] as number)] as number)++;
      predictTerms[at] = i;
      predictWeights[at] = associations.weights[k] as number;
    }
  });
  return { rows, rowKeys, rowValues, rowShift, reachStart, reachTerms, predictStart, predictTerms, predictWeights };
}

/** What depends on the claim alone, computed for its first candidate and reused for the rest. */
const statsOf = new WeakMap<PreparedQuery, QueryStats>();

function queryStats(q: PreparedQuery, ctx: FeatureContext): QueryStats {
  let stats = statsOf.get(q);
  if (!stats || stats.generation !== ctx.generation) {
    const facts = ctx.terms;
    // A typed array, like the other per-claim tables: a plain array from map() was now and then
    // holey, which changed this record's shape and deoptimised every function reading it.
    const weights = new Float64Array(facts.length);
    for (let i = 0; i < facts.length; i++) weights[i] = (facts[i] as TermFacts).idf;
    const mass = weights.reduce((a, b) => a + b, 0) || 1;
    const counts = q.uniqueCounts;
    const norm = Math.sqrt(counts.reduce((s, c, i) => s + (c * (weights[i] as number)) ** 2, 0)) || 1;
    // Plain loops: TypedArray.from with a map function is ~8x slower in V8 (iterator protocol).
    const n = q.uniqueTerms.length;
    const ids = new Int32Array(n);
    const isName = new Uint8Array(n);
    const isNumber = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const t = q.uniqueTerms[i] as string;
      ids[i] = (facts[i] as TermFacts).id;
      isName[i] = q.names.has(t) ? 1 : 0;
      isNumber[i] = q.numbers.has(t) ? 1 : 0;
    }
    const nameMass = weights.reduce((sum, w, i) => sum + (isName[i] ? w : 0), 0);
    // Fields listed, not spread: a spread builds the object through a slow generic path.
    const t = termTables(facts);
    stats = {
      generation: ctx.generation, weights, mass, ids, norm, isName, isNumber, nameMass, reached: new Uint8Array(n), predicted: new Float64Array(n),
      rows: t.rows, rowKeys: t.rowKeys, rowValues: t.rowValues, rowShift: t.rowShift,
      reachStart: t.reachStart, reachTerms: t.reachTerms, predictStart: t.predictStart, predictTerms: t.predictTerms, predictWeights: t.predictWeights,
    };
    statsOf.set(q, stats);
  }
  return stats;
}

/** Sum of IDF over a passage's distinct terms, cached on the passage until IDFs change. */
export function idfMassOf(p: IndexedPassage, ctx: FeatureContext): number {
  if (p.idfGen !== ctx.generation) {
    let total = 0;
    for (const t of p.termSet) total += ctx.idf(t);
    p.idfMass = total;
    p.idfGen = ctx.generation;
  }
  return p.idfMass;
}

/** Norm of a statement's TF-IDF vector, cached on the statement until IDFs change. */
export function tfidfNormOf(doc: IndexedStatement, ctx: FeatureContext): number {
  if (doc.normGen !== ctx.generation) {
    let total = 0;
    for (const [t, tf] of doc.tf) total += (tf * ctx.idf(t)) ** 2;
    doc.norm = Math.sqrt(total) || 1;
    doc.normGen = ctx.generation;
  }
  return doc.norm;
}

/** What BM25's posting walk learnt about a candidate (see InvertedIndex.search). */
export interface PostingWalk {
  /** Bit i set: claim term i (of the first 32) occurs in the statement. */
  mask: number;
  /** TF-IDF dot product of claim and statement. */
  dot: number;
}

/** The posting walk's findings, for a candidate BM25 did not return (linked by URL). */
function postingWalk(q: PreparedQuery, doc: IndexedStatement, stats: QueryStats): PostingWalk {
  let mask = 0;
  let dot = 0;
  q.uniqueTerms.forEach((t, i) => {
    const tf = doc.tf.get(t);
    if (tf === undefined) return;
    if (i < 32) mask |= 1 << i;
    dot += (q.uniqueCounts[i] as number) * tf * (stats.weights[i] as number) ** 2;
  });
  return { mask: mask >>> 0, dot };
}

/** Whether claim term i occurs in the statement: from the mask for the first 32 terms. */
function inMask(mask: number, i: number, doc: IndexedStatement, term: string): boolean {
  return i < 32 ? ((mask >>> i) & 1) === 1 : doc.tf.has(term);
}

/**
 * The reranker's features for one (claim, statement) pair, each scaled to about 0..1.
 *
 * @example computeFeatures(prepareQuery('bridge collapsed'), candidate, 3.2, 0, 4.1, ctx).row[F.queryCoverage]
 */
export function computeFeatures(q: PreparedQuery, doc: IndexedStatement, bm25: number, rank: number, maxBm25: number, linked: boolean, ctx: FeatureContext, walk?: PostingWalk): CandidateFeatures {
  const stats = queryStats(q, ctx);
  const { weights, mass: qMass, ids, norm: qNorm } = stats;
  const terms = q.uniqueTerms;
  // Map lookups into statements scattered over the heap were most of a claim's cost: which claim
  // terms a candidate holds, and the TF-IDF dot product, come from BM25's posting walk.
  const { mask, dot } = walk ?? postingWalk(q, doc, stats);
  const shared: number[] = [];
  let covered = 0;
  let nameHit = 0;
  let sharedNumbers = 0;
  for (let i = 0; i < terms.length; i++) {
    if (!inMask(mask, i, doc, terms[i] as string)) continue;
    shared.push(i);
    covered += weights[i] as number;
    if (stats.isName[i]) nameHit += weights[i] as number;
    sharedNumbers += stats.isNumber[i] as number;
  }
  // Related terms and associations are found from the statement's side: its few distinct terms
  // are looked up in per-claim tables, instead of every claim term's list probing the statement.
  let related = 0;
  let association = 0;
  if (stats.rows) {
    const { reached, predicted, reachStart, reachTerms, predictStart, predictTerms, predictWeights } = stats;
    reached.fill(0);
    predicted.fill(0);
    const docIds = doc.termIds;
    const { rowKeys, rowValues, rowShift } = stats;
    for (let k = 0; k < docIds.length; k++) {
      const t = docIds[k] as number;
      const r = rowIn(rowKeys, rowValues, rowShift, t);
      if (r < 0) continue;
      for (let x = reachStart[r] as number; x < (reachStart[r + 1] as number); x++) reached[reachTerms[x] as number] = 1;
      for (let x = predictStart[r] as number; x < (predictStart[r + 1] as number); x++) {
        const i = predictTerms[x] as number;
        const w = predictWeights[x] as number;
        if (w > (predicted[i] as number)) predicted[i] = w;
      }
    }
    for (const i of shared) reached[i] = 0;
    for (let i = 0; i < terms.length; i++) if (reached[i]) related += weights[i] as number;
    // Each claim term counts once, through the statement term it predicts best.
    for (const w of predicted) association += w;
  }
  let best: IndexedPassage | undefined;
  let bestCoverage = -1;
  let bestBodyCoverage = 0;
  let titleCoverage = 0;
  let titleQueryCoverage = 0;
  let dice = 0;
  let titleDice = 0;
  const single = doc.passages.length === 1;
  for (const p of doc.passages) {
    let hit = 0;
    if (single) hit = covered;
    else for (const i of shared) if (hasTermId(p.termIds, ids[i] as number)) hit += weights[i] as number;
    const mass = idfMassOf(p, ctx);
    const c = mass ? hit / mass : 0;
    if (c > bestCoverage) {
      bestCoverage = c;
      best = p;
    }
    if (p.isTitle) {
      titleCoverage = c;
      titleQueryCoverage = hit / qMass;
    } else if (c > bestBodyCoverage) bestBodyCoverage = c;
    if (hit > 0) {
      // A passage sharing no claim term shares next to no character bigrams worth counting.
      const d = diceOf(q.bigrams, passageBigrams(p));
      if (d > dice) dice = d;
      if (p.isTitle) titleDice = d;
    }
  }
  // A statement about "June 2019" is rarely what a tweet posted in 2012 claims.
  let yearMatch = 0;
  let yearMismatch = 0;
  if (q.postedYear !== null) {
    if (doc.years.includes(q.postedYear)) yearMatch = 1;
    else if (doc.years.length) yearMismatch = 1;
  }
  // A row in FEATURE_NAMES order: keyed loads on a 30-key record per candidate cost more than
  // the arithmetic (the relative twins are filled in by addRelativeFeatures).
  const row = emptyRow();
  row[F.bm25] = Math.min(2, bm25 / qMass);
  row[F.bm25Relative] = maxBm25 > 0 ? bm25 / maxBm25 : 0;
  row[F.rankReciprocal] = 1 / (rank + 1);
  row[F.queryCoverage] = covered / qMass;
  row[F.passageCoverage] = bestBodyCoverage;
  row[F.titleCoverage] = titleCoverage;
  row[F.titleQueryCoverage] = titleQueryCoverage;
  row[F.relatedCoverage] = related / qMass;
  row[F.dice] = dice;
  row[F.titleDice] = titleDice;
  row[F.cosine] = dot / (qNorm * tfidfNormOf(doc, ctx));
  row[F.association] = 1 - Math.exp(-association);
  row[F.yearMatch] = yearMatch;
  row[F.yearMismatch] = yearMismatch;
  row[F.nameOverlap] = stats.nameMass ? nameHit / stats.nameMass : 0;
  row[F.numberOverlap] = q.numbers.size ? sharedNumbers / q.numbers.size : 0;
  row[F.numberMismatch] = q.numbers.size && doc.numbers.size && sharedNumbers === 0 ? 1 : 0;
  row[F.url] = linked ? 1 : 0;
  return { row, passage: best };
}
