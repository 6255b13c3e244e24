/**
 * bench:cluster — the clusterer's pair decision (fitted model and its threshold) on the Twitter
 * URL corpus train split (where it was fitted) and PIT-2015 dev (where the threshold was chosen),
 * against string-similarity alone with its own fitted threshold, in the same run.
 *
 *   npm run bench:cluster
 *   npm run bench:cluster -- --demo   (also cluster data/demo posts against their rumor labels)
 *   npm run bench:cluster -- --pairs FILE.csv --pred-out OUT.csv   (labels, if any, are not read)
 *   --no-facts   leave the key-fact veto out of the demo clustering
 *
 * "+ key-fact veto" is the pair decision as the clusterer makes it with the contrast lexicon: a
 * pair above the threshold whose key facts conflict (alive/dead, 4 vs 40, another street) is
 * not joined.
 */
import fs from 'fs';
import path from 'path';
import { compareTwoStrings } from 'string-similarity';
import { prepareText, type PreparedText } from '../src/core/clustering/cluster-text';
import { compilePairModel } from '../src/core/clustering/pair-model';
import { comparableText } from '../src/core/text/normalize';
import { benchDir, bestThreshold, binaryScores, readPairs, type PairRow } from './lib/cluster-pairs';
import { readClusterModel } from './lib/cluster-model-file';
import { clusterDemo } from './lib/cluster-demo';
import { readContrastLexicon } from './lib/contrast-lexicon-file';
import { factConflicts, vetoFacts } from '../src/core/clustering/fact-veto';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const model = compilePairModel(readClusterModel());
const cache = new Map<string, PreparedText>();
const prep = (s: string): PreparedText => {
  let p = cache.get(s);
  if (!p) cache.set(s, (p = prepareText(s)));
  return p;
};
const modelScores = (rows: PairRow[]) => rows.map((r) => model.score(prep(r.a), prep(r.b)));
const contrast = readContrastLexicon();
// A pair the veto refuses scores 0: the clusterer would not join it whatever its similarity.
const vetoed = (rows: PairRow[], scores: number[]) =>
  rows.map((r, i) => (factConflicts(vetoFacts(comparableText(r.a), contrast), vetoFacts(comparableText(r.b), contrast), contrast, 0).length ? 0 : (scores[i] as number)));
const baselineScores = (rows: PairRow[]) => rows.map((r) => compareTwoStrings(comparableText(r.a), comparableText(r.b)));

function line(name: string, gold: (0 | 1)[], scores: number[], threshold: number): void {
  const s = binaryScores(gold, scores.map((x) => x >= threshold));
  console.log(`  ${name.padEnd(44)} F1 ${s.f1.toFixed(3)}  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  (threshold ${threshold.toFixed(3)}, n ${s.n})`);
}

function predict(pairsFile: string, outFile: string): void {
  const rows = readPairs(pairsFile, false);
  const scores = modelScores(rows);
  const out = ['pair_id,score,predicted', ...rows.map((r, i) => `${r.pairId},${(scores[i] as number).toFixed(6)},${(scores[i] as number) >= model.threshold ? 1 : 0}`)];
  fs.writeFileSync(outFile, out.join('\n') + '\n');
  console.log(`wrote ${rows.length} predictions to ${outFile} (model ${model.model.version}, threshold ${model.threshold})`);
}

function main(): void {
  const pairs = argValue('--pairs');
  const predOut = argValue('--pred-out');
  if (pairs || predOut) {
    if (!pairs || !predOut) throw new Error('--pairs and --pred-out go together');
    predict(pairs, predOut);
    return;
  }
  const dir = benchDir();
  const train = readPairs(path.join(dir, 'twitter_url_corpus/train.csv'), true).filter((r) => r.label !== null);
  const dev = readPairs(path.join(dir, 'pit2015/dev.csv'), true).filter((r) => r.label !== null);
  const yTrain = train.map((r) => r.label as 0 | 1);
  const yDev = dev.map((r) => r.label as 0 | 1);
  const started = Date.now();
  const mTrain = modelScores(train);
  const mDev = modelScores(dev);
  const pairMicros = ((Date.now() - started) * 1000) / (train.length + dev.length);
  const bTrain = baselineScores(train);
  const bDev = baselineScores(dev);
  const baselineFit = bestThreshold(bTrain, yTrain).threshold;
  const baselineDev = bestThreshold(bDev, yDev).threshold;
  console.log(`cluster pair model ${model.model.version} (threshold ${model.threshold}); paraphrase-class scores, PIT debatable pairs left out`);
  console.log(`URL corpus train (${train.length} pairs; the model was fitted here):`);
  line('fitted model @ its threshold', yTrain, mTrain, model.threshold);
  line('fitted model + key-fact veto', yTrain, vetoed(train, mTrain), model.threshold);
  line('string-similarity @ threshold fitted on train', yTrain, bTrain, baselineFit);
  console.log(`PIT-2015 dev (${dev.length} pairs; the model's threshold was chosen here):`);
  line('fitted model @ its threshold', yDev, mDev, model.threshold);
  line('fitted model + key-fact veto', yDev, vetoed(dev, mDev), model.threshold);
  line('string-similarity @ threshold fitted on URL train', yDev, bDev, baselineFit);
  line('string-similarity @ threshold chosen on PIT dev', yDev, bDev, baselineDev);
  console.log(`model scoring incl. text preparation: ${pairMicros.toFixed(1)} µs per pair`);
  if (process.argv.includes('--demo')) clusterDemo(model, model.threshold, process.argv.includes('--no-facts') ? undefined : contrast);
}

main();
