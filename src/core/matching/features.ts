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
  /** Per query: each claim term's related terms (synonyms, near-prefix inflections). */
  relatedOf: (term: string) => readonly string[];
}

export interface CandidateFeatures {
  features: Record<string, number>;
  /** The passage that covers the most of the claim. */
  passage: IndexedPassage | undefined;
}

/** Share of the passage's IDF mass that the claim also contains. */
function coverageOf(p: IndexedPassage, query: Set<string>, ctx: FeatureContext): number {
  let total = 0;
  let hit = 0;
  for (const t of p.termSet) {
    const w = ctx.idf(t);
    total += w;
    if (query.has(t)) hit += w;
  }
  return total ? hit / total : 0;
}

/**
 * The reranker's features for one (claim, statement) pair, each scaled to about 0..1.
 *
 * @example computeFeatures(prepareQuery('bridge collapsed'), candidate, 3.2, 0, 4.1, ctx).features.queryCoverage
 */
export function computeFeatures(q: PreparedQuery, doc: IndexedStatement, bm25: number, rank: number, maxBm25: number, linked: boolean, ctx: FeatureContext): CandidateFeatures {
  let qMass = 0;
  let covered = 0;
  let related = 0;
  for (const t of q.uniqueTerms) {
    const w = ctx.idf(t);
    qMass += w;
    if (doc.tf.has(t)) covered += w;
    else if (ctx.relatedOf(t).some((r) => doc.tf.has(r))) related += w;
  }
  qMass = qMass || 1;
  const querySet = new Set(q.uniqueTerms);
  let best: IndexedPassage | undefined;
  let bestCoverage = -1;
  let bestBodyCoverage = 0;
  let titleCoverage = 0;
  let titleQueryCoverage = 0;
  let dice = 0;
  for (const p of doc.passages) {
    const c = coverageOf(p, querySet, ctx);
    if (c > bestCoverage) {
      bestCoverage = c;
      best = p;
    }
    if (p.isTitle) {
      titleCoverage = c;
      let hit = 0;
      for (const t of q.uniqueTerms) if (p.termSet.has(t)) hit += ctx.idf(t);
      titleQueryCoverage = hit / qMass;
    } else if (c > bestBodyCoverage) bestBodyCoverage = c;
    const d = diceOf(q.bigrams, passageBigrams(p));
    if (d > dice) dice = d;
  }
  let pairHits = 0;
  if (q.pairs.size) {
    for (const p of doc.passages) {
      for (let i = 1; i < p.terms.length; i++) if (q.pairs.has(`${p.terms[i - 1]} ${p.terms[i]}`)) pairHits++;
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
