import { diceOf } from './char-bigrams';
import type { IndexedPassage, IndexedStatement } from './indexed-statement';
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
  related: ReadonlyMap<string, readonly string[]>;
}

export interface CandidateFeatures {
  features: Record<string, number>;
  /** The passage that covers the most of the claim. */
  passage: IndexedPassage | undefined;
}

/** Stemming leaves some inflections apart ("gassed" → "gass" vs "gas"): a near-prefix counts as related. */
function prefixRelated(term: string, doc: IndexedStatement): boolean {
  if (term.length < 4) return false;
  const stem = term.slice(0, 4);
  for (const other of doc.tf.keys()) {
    if (other.length < 4 || !other.startsWith(stem)) continue;
    const [short, long] = other.length <= term.length ? [other, term] : [term, other];
    if (long.length - short.length <= 2 && long.startsWith(short)) return true;
  }
  return false;
}

function isRelated(term: string, doc: IndexedStatement, ctx: FeatureContext): boolean {
  for (const other of ctx.related.get(term) ?? []) if (doc.tf.has(other)) return true;
  return prefixRelated(term, doc);
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
    else if (isRelated(t, doc, ctx)) related += w;
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
    const d = diceOf(q.bigrams, p.bigrams);
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
