/**
 * Fits the clusterer's pair model: logistic regression over binned lexical pair features, fitted
 * on the Twitter URL corpus train split; the L2 strength and the decision threshold are chosen
 * on PIT-2015 dev (debatable pairs left out). Writes data/models/cluster-pair.json.
 *
 *   npm run fit:cluster
 */
import fs from 'fs';
import path from 'path';
import { prepareText, type PreparedText } from '../src/core/clustering/cluster-text';
import { PAIR_FEATURE_NAMES, pairFeatures } from '../src/core/clustering/pair-features';
import { expandFeatures, idfLookup, type PairModel } from '../src/core/clustering/pair-model';
import { benchDir, bestThreshold, binaryScores, fitLogistic, readPairs, type PairRow } from './lib/cluster-pairs';

const BIN_EDGES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const MIN_DF = 1;
const L2_CHOICES = [1, 3];

function documentFrequencies(rows: PairRow[]): PairModel['idf'] {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  for (const r of rows) {
    for (const s of [r.a, r.b]) {
      if (seen.has(s)) continue;
      seen.add(s);
      for (const stem of prepareText(s).stemSet) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    }
  }
  const df: Record<string, number> = {};
  for (const [stem, n] of [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) if (n >= MIN_DF) df[stem] = n;
  return { documents: seen.size, minDf: MIN_DF, df };
}

function main(): void {
  const dir = benchDir();
  const train = readPairs(path.join(dir, 'twitter_url_corpus/train.csv'), true).filter((r) => r.label !== null);
  const dev = readPairs(path.join(dir, 'pit2015/dev.csv'), true).filter((r) => r.label !== null);
  const idfTable = documentFrequencies(train);
  const idf = idfLookup(idfTable);
  const cache = new Map<string, PreparedText>();
  const prep = (s: string) => cache.get(s) ?? (cache.set(s, prepareText(s)), cache.get(s) as PreparedText);
  const inputs = (rows: PairRow[]) => rows.map((r) => expandFeatures(pairFeatures(prep(r.a), prep(r.b), idf), BIN_EDGES));
  const xTrain = inputs(train);
  const xDev = inputs(dev);
  const yTrain = train.map((r) => r.label as 0 | 1);
  const yDev = dev.map((r) => r.label as 0 | 1);
  const score = (x: number[][], m: { weights: number[]; bias: number }) =>
    x.map((row) => 1 / (1 + Math.exp(-row.reduce((z, v, j) => z + v * (m.weights[j] as number), m.bias))));

  let chosen: { l2: number; fit: { weights: number[]; bias: number }; threshold: number; devF1: number } | null = null;
  for (const l2 of L2_CHOICES) {
    const fit = fitLogistic(xTrain, yTrain, l2);
    const best = bestThreshold(score(xDev, fit), yDev);
    console.log(`l2=${l2}: PIT dev best F1 ${best.f1.toFixed(4)} at threshold ${best.threshold.toFixed(4)}`);
    if (!chosen || best.f1 > chosen.devF1) chosen = { l2, fit, threshold: best.threshold, devF1: best.f1 };
  }
  if (!chosen) throw new Error('no fit');
  const trainF1 = binaryScores(yTrain, score(xTrain, chosen.fit).map((s) => s >= chosen.threshold)).f1;
  const threshold = Math.round(chosen.threshold * 10000) / 10000;
  const model: PairModel = {
    version: 'cluster-pair-lr-bins-2026-11-29',
    provenance:
      `Logistic regression (L2 ${chosen.l2}, Newton) over ${PAIR_FEATURE_NAMES.length} lexical pair features with step bins, fitted on ` +
      `shared/bench/twitter_url_corpus/train.csv (${train.length} pairs; castorini/data 056cbbc twitterPPDB); IDF from its ${idfTable.documents} distinct sentences; ` +
      `L2 and threshold chosen on shared/bench/pit2015/dev.csv (${dev.length} non-debatable pairs; cocoxu/twitterparaphrase 92b8b20). ` +
      `Paraphrase F1 at the threshold: URL train ${trainF1.toFixed(3)}, PIT dev ${chosen.devF1.toFixed(3)}.`,
    features: [...PAIR_FEATURE_NAMES],
    binEdges: BIN_EDGES,
    weights: chosen.fit.weights.map((w) => Math.round(w * 1e6) / 1e6),
    bias: Math.round(chosen.fit.bias * 1e6) / 1e6,
    threshold,
    idf: idfTable,
  };
  const out = path.resolve(__dirname, '../data/models/cluster-pair.json');
  fs.writeFileSync(out, JSON.stringify(model) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), out)}: threshold ${threshold}, URL train F1 ${trainF1.toFixed(4)}, PIT dev F1 ${chosen.devF1.toFixed(4)}, ${Object.keys(idfTable.df).length} IDF stems`);
}

main();
