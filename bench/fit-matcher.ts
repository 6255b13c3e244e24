/**
 * npm run fit:matcher — fits the claim matcher's reranker weights (a logistic regression over
 * its features) on the CheckThat! 2020 TRAIN split only, then writes data/models/claim-matcher.json.
 * Each training example is one (tweet, candidate) pair from the BM25 top 30; the gold claim is
 * the positive. Dev is only reported, never fitted on.
 */
import { writeFileSync } from 'fs';
import { resolve } from 'path';
import { ClaimMatcher, type MatcherWeights } from '../src/core/matching/claim-matcher';
import { averagePrecisionAt, readClaims, readQrels, readQueries, splitPaths } from './lib/checkthat';

const FEATURES = ['coverage', 'titleCoverage', 'dice', 'bm25', 'numbers', 'url'] as const;
const START: MatcherWeights = { version: 'start', bias: -4.5, coverage: 5, titleCoverage: 2, dice: 3, bm25: 0.5, numbers: 0.5, url: 6 };

function buildMatcher(weights: MatcherWeights): ClaimMatcher {
  const matcher = new ClaimMatcher(weights);
  for (const c of readClaims()) matcher.upsert({ id: c.id, title: c.title, body: c.claim, url: null, publishedAt: null, status: 'active' });
  return matcher;
}

function examples(matcher: ClaimMatcher, split: 'train' | 'dev') {
  const paths = splitPaths(split);
  const qrels = readQrels(paths.qrels);
  const rows: { x: number[]; y: number }[] = [];
  for (const q of readQueries(paths.queries)) {
    const gold = qrels.get(q.id) ?? new Set<number>();
    for (const r of matcher.match(q.text, { k: 30 })) rows.push({ x: FEATURES.map((f) => r.features[f] ?? 0), y: gold.has(r.statementId) ? 1 : 0 });
  }
  return rows;
}

/** Plain batch gradient descent with L2; positives weighted up because each query has one. */
function fitLogistic(rows: { x: number[]; y: number }[], epochs = 3000, rate = 0.5, l2 = 1e-3): { bias: number; w: number[] } {
  const d = FEATURES.length;
  let bias = 0;
  const w = new Array<number>(d).fill(0);
  const positives = rows.filter((r) => r.y === 1).length || 1;
  const posWeight = (rows.length - positives) / positives;
  for (let epoch = 0; epoch < epochs; epoch++) {
    let gb = 0;
    const gw = new Array<number>(d).fill(0);
    let total = 0;
    for (const r of rows) {
      const z = bias + r.x.reduce((s, v, i) => s + v * (w[i] as number), 0);
      const p = 1 / (1 + Math.exp(-z));
      const weight = r.y === 1 ? Math.sqrt(posWeight) : 1;
      const err = (p - r.y) * weight;
      gb += err;
      r.x.forEach((v, i) => (gw[i] = (gw[i] as number) + err * v));
      total += weight;
    }
    bias -= (rate * gb) / total;
    for (let i = 0; i < d; i++) w[i] = (w[i] as number) - rate * ((gw[i] as number) / total + l2 * (w[i] as number));
  }
  return { bias, w };
}

function map5(matcher: ClaimMatcher, split: 'train' | 'dev'): number {
  const paths = splitPaths(split);
  const qrels = readQrels(paths.qrels);
  const queries = readQueries(paths.queries);
  let sum = 0;
  for (const q of queries) sum += averagePrecisionAt(matcher.match(q.text, { k: 5 }).map((r) => r.statementId), qrels.get(q.id) ?? new Set(), 5);
  return sum / queries.length;
}

function main() {
  const matcher = buildMatcher(START);
  const rows = examples(matcher, 'train');
  const fit = fitLogistic(rows);
  const weights: MatcherWeights = { version: `claim-matcher-lr-${new Date().toISOString().slice(0, 10)}`, bias: Number(fit.bias.toFixed(4)), ...Object.fromEntries(FEATURES.map((f, i) => [f, Number((fit.w[i] as number).toFixed(4))])) } as MatcherWeights;
  // The URL feature never fires on CheckThat! (claims have no URLs): keep a strong prior for it.
  weights.url = Math.max(weights.url, 6);
  const fitted = buildMatcher(weights);
  const report = { trainPairs: rows.length, trainMap5: Number(map5(fitted, 'train').toFixed(4)), devMap5: Number(map5(fitted, 'dev').toFixed(4)) };
  console.log(JSON.stringify({ weights, ...report }));
  writeFileSync(
    resolve(__dirname, '../data/models/claim-matcher.json'),
    JSON.stringify({ ...weights, provenance: 'Logistic regression over the matcher features of BM25 top-30 candidates, CheckThat! 2020 train split (800 tweets, 10,375 claims); bench/fit-matcher.ts', fittedOn: 'checkthat2020/train', ...report }, null, 2) + '\n',
  );
}

main();
