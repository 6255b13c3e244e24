import { diceOf } from './char-bigrams';
import { passageBigrams, type IndexedPassage, type IndexedStatement } from './indexed-statement';
import type { PreparedQuery } from './query';

/** Feature names by group; the groups are what the ablation in bench/match.ts removes. */
export const FEATURE_GROUPS: Readonly<Record<string, readonly string[]>> = {
  bm25: ['bm25', 'bm25Relative', 'rankReciprocal'],
  coverage: ['queryCoverage', 'passageCoverage'],
  title: ['titleCoverage', 'titleQueryCoverage'],
  relatedness: ['relatedCoverage'],
  dice: ['dice'],
  phrases: ['pairOverlap'],
  entities: ['nameOverlap', 'numberOverlap', 'numberMismatch'],
  url: ['url'],
};

export const FEATURE_NAMES: readonly string[] = Object.values(FEATURE_GROUPS).flat();

/** What a feature computation needs from the index. */
export interface FeatureContext {
  idf: (term: string) => number;
  /** The index's IDF generation: cached per-passage IDF sums are valid while it is unchanged. */
  generation: number;
  /** Per query: each claim term's related terms (synonyms, near-prefix inflections). */
  relatedOf: (term: string) => readonly string[];
}

export interface CandidateFeatures {
  features: Record<string, number>;
  /** The passage that covers the most of the claim. */
  passage: IndexedPassage | undefined;
}

interface QueryStats {
  generation: number;
  /** IDF of each of `q.uniqueTerms`, in order. */
  weights: number[];
  /** Their sum (1 when the claim has no terms, so ratios stay finite). */
  mass: number;
  related: (readonly string[])[];
}

/** What depends on the claim alone, computed for its first candidate and reused for the rest. */
const statsOf = new WeakMap<PreparedQuery, QueryStats>();

function queryStats(q: PreparedQuery, ctx: FeatureContext): QueryStats {
  let stats = statsOf.get(q);
  if (!stats || stats.generation !== ctx.generation) {
    const weights = q.uniqueTerms.map((t) => ctx.idf(t));
    const mass = weights.reduce((a, b) => a + b, 0) || 1;
    stats = { generation: ctx.generation, weights, mass, related: q.uniqueTerms.map((t) => ctx.relatedOf(t)) };
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

/**
 * The reranker's features for one (claim, statement) pair, each scaled to about 0..1.
 *
 * @example computeFeatures(prepareQuery('bridge collapsed'), candidate, 3.2, 0, 4.1, ctx).features.queryCoverage
 */
export function computeFeatures(q: PreparedQuery, doc: IndexedStatement, bm25: number, rank: number, maxBm25: number, linked: boolean, ctx: FeatureContext): CandidateFeatures {
  const { weights, mass: qMass, related: relatedTerms } = queryStats(q, ctx);
  let covered = 0;
  let related = 0;
  const terms = q.uniqueTerms;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as string;
    const w = weights[i] as number;
    if (doc.tf.has(t)) covered += w;
    else if ((relatedTerms[i] as readonly string[]).some((r) => doc.tf.has(r))) related += w;
  }
  let best: IndexedPassage | undefined;
  let bestCoverage = -1;
  let bestBodyCoverage = 0;
  let titleCoverage = 0;
  let titleQueryCoverage = 0;
  let dice = 0;
  let pairHits = 0;
  for (const p of doc.passages) {
    // Coverage walks the claim's few terms against the passage set, not the passage's terms.
    let hit = 0;
    for (let i = 0; i < terms.length; i++) if (p.termSet.has(terms[i] as string)) hit += weights[i] as number;
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
    }
    if (q.pairs.size) {
      const pt = p.terms;
      for (let i = 1; i < pt.length; i++) if (q.next.get(pt[i - 1] as string)?.has(pt[i] as string)) pairHits++;
    }
  }
  let nameMass = 0;
  let nameHit = 0;
  for (const t of q.names) {
    const w = ctx.idf(t);
    nameMass += w;
    if (doc.tf.has(t)) nameHit += w;
  }
  let sharedNumbers = 0;
  for (const n of q.numbers) if (doc.numbers.has(n)) sharedNumbers++;
  const features: Record<string, number> = {
    bm25: Math.min(2, bm25 / qMass),
    bm25Relative: maxBm25 > 0 ? bm25 / maxBm25 : 0,
    rankReciprocal: 1 / (rank + 1),
    queryCoverage: covered / qMass,
    passageCoverage: bestBodyCoverage,
    titleCoverage,
    titleQueryCoverage,
    relatedCoverage: related / qMass,
    dice,
    pairOverlap: q.pairs.size ? Math.min(1, pairHits / q.pairs.size) : 0,
    nameOverlap: nameMass ? nameHit / nameMass : 0,
    numberOverlap: q.numbers.size ? sharedNumbers / q.numbers.size : 0,
    numberMismatch: q.numbers.size && doc.numbers.size && sharedNumbers === 0 ? 1 : 0,
    url: linked ? 1 : 0,
  };
  return { features, passage: best };
}
