/**
 * npm run fit:reranker — builds data/models/relatedness.json (WordNet synonyms) and fits the
 * claim reranker (data/models/reranker.json) on the CheckThat! 2020 TRAIN split only.
 * Candidate variants (loss, L2 strength) are compared on dev MAP@5; dev is never fitted on.
 * The thresholds are chosen on dev: `strong` is the lowest score at which the top match is
 * right ≥ 95% of the time, `possible` the lowest at which it is right ≥ 60% of the time.
 */
import { writeFileSync } from 'fs';
import { resolve } from 'path';
import { FEATURE_GROUPS, FEATURE_NAMES } from '../src/core/matching/features';
import { loadMatchingModel, type MatchingModel } from '../src/core/matching/model';
import { buildStatementIndex, type StatementIndex } from '../src/core/matching/statement-index';
import { averagePrecisionAt, readClaims, readQrels, readQueries, splitPaths } from './lib/checkthat';
import { fitPairwise, fitPointwise, type LinearModel, type QueryRows } from './lib/match-logreg';
import { buildAssociations } from './lib/match-associations';
import { buildRelatedness } from './lib/match-wordnet';

const CANDIDATES = Number(process.env.RERANK_CANDIDATES ?? 20);
const FOLDS = 5;
// Ablation by refit: FIT_DROP=group,... fits without those feature groups (`compound`: without the
// split of unknown words). Do not keep the files it writes.
const dropGroups = (process.env.FIT_DROP ?? '').split(',').filter(Boolean);
const MODELS = resolve(__dirname, '../data/models');

interface Split {
  rows: QueryRows[];
  ids: number[][];
  gold: Set<number>[];
}

function collect(index: StatementIndex, split: 'train' | 'dev', features: readonly string[], keep: (i: number) => boolean = () => true, out: Split = { rows: [], ids: [], gold: [] }): Split {
  const paths = splitPaths(split);
  const qrels = readQrels(paths.qrels);
  for (const [i, q] of readQueries(paths.queries).entries()) {
    if (!keep(i)) continue;
    const gold = qrels.get(q.id) ?? new Set<number>();
    const cands = index.candidateFeatures(q.text);
    out.rows.push({ x: cands.map((c) => features.map((f) => c.features[f] ?? 0)), y: cands.map((c) => (gold.has(c.id) ? 1 : 0)) });
    out.ids.push(cands.map((c) => c.id));
    out.gold.push(gold);
  }
  return out;
}

function scoreOf(m: LinearModel, x: number[]): number {
  return 1 / (1 + Math.exp(-(m.bias + x.reduce((s, v, i) => s + v * (m.w[i] as number), 0))));
}

function evaluate(m: LinearModel, split: Split): { map5: number; top: { score: number; right: boolean }[] } {
  let sum = 0;
  const top: { score: number; right: boolean }[] = [];
  split.rows.forEach((q, qi) => {
    const ranked = q.x.map((x, i) => ({ id: split.ids[qi]?.[i] as number, s: scoreOf(m, x) })).sort((a, b) => b.s - a.s || a.id - b.id);
    const gold = split.gold[qi] as Set<number>;
    sum += averagePrecisionAt(ranked.map((r) => r.id), gold, 5);
    if (ranked[0]) top.push({ score: ranked[0].s, right: gold.has(ranked[0].id) });
  });
  return { map5: sum / split.rows.length, top };
}

/** Lowest threshold whose top-1 matches at or above it reach the precision target (dev). */
function thresholdFor(top: { score: number; right: boolean }[], precision: number): { threshold: number; precision: number; coverage: number } {
  const sorted = [...top].sort((a, b) => b.score - a.score);
  let best = { threshold: 0.99, precision: 1, coverage: 0 };
  let right = 0;
  sorted.forEach((t, i) => {
    if (t.right) right++;
    const p = right / (i + 1);
    if (p >= precision && i >= 9) best = { threshold: Number(t.score.toFixed(3)), precision: Number(p.toFixed(3)), coverage: Number(((i + 1) / sorted.length).toFixed(3)) };
  });
  return best;
}

function main() {
  const claims = readClaims();
  const statementText = new Map(claims.map((c) => [c.id, `${c.title}\n${c.claim}`]));
  const pool = [...statementText.values()];
  const trainPaths = splitPaths('train');
  const trainQrels = readQrels(trainPaths.qrels);
  const trainPairs = readQueries(trainPaths.queries).map((q) => [...(trainQrels.get(q.id) ?? [])].map((id) => ({ claim: q.text, statement: statementText.get(id) ?? '' })));
  const pairsOutside = (fold: number) => trainPairs.filter((_p, i) => i % FOLDS !== fold).flat();
  const synonyms = buildRelatedness();
  const relatedness = { ...synonyms, version: `${synonyms.version}+assoc-train-v1`, associations: buildAssociations(trainPairs.flat(), pool) };
  writeFileSync(resolve(MODELS, 'relatedness.json'), JSON.stringify(relatedness) + '\n');
  const dropped = new Set<string>(dropGroups.flatMap((g) => FEATURE_GROUPS[g] ?? []));
  const features = FEATURE_NAMES.filter((f) => !dropped.has(f));
  const indexWith = (related: unknown) => {
    const probe: MatchingModel = loadMatchingModel(
      { version: 'probe', features, weights: features.map(() => 0), bias: 0, candidates: CANDIDATES, thresholds: { possible: 0.5, strong: 0.9 } },
      related,
    );
    return buildStatementIndex(probe, claims.map((c) => ({ id: c.id, title: c.title, body: c.claim, url: null, publishedAt: null, status: 'active' as const })), { splitCompounds: !dropGroups.includes('compound') });
  };
  // Cross-fitting: a train tweet's association feature comes from a table learned on the other
  // folds, as a new claim's would; otherwise the fit would trust memorised pairs.
  const train: Split = { rows: [], ids: [], gold: [] };
  const foldOfRow: number[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    collect(indexWith({ ...synonyms, associations: buildAssociations(pairsOutside(fold), pool) }), 'train', features, (i) => i % FOLDS === fold, train);
    while (foldOfRow.length < train.rows.length) foldOfRow.push(fold);
  }
  const subset = (s: Split, keep: (i: number) => boolean): Split => ({ rows: s.rows.filter((_r, i) => keep(i)), ids: s.ids.filter((_r, i) => keep(i)), gold: s.gold.filter((_r, i) => keep(i)) });
  // Dev has 197 tweets (one tweet moves MAP@5 by up to 0.005): the choice also sees a 5-fold
  // cross-validated MAP@5 on the 800 train tweets, each fold scored by a model fitted on the others.
  const crossValidated = (fit: (rows: QueryRows[]) => LinearModel): number => {
    let sum = 0;
    for (let fold = 0; fold < FOLDS; fold++) {
      const model = fit(subset(train, (i) => foldOfRow[i] !== fold).rows);
      const held = subset(train, (i) => foldOfRow[i] === fold);
      sum += evaluate(model, held).map5 * held.rows.length;
    }
    return sum / train.rows.length;
  };
  const dev = collect(indexWith(relatedness), 'dev', features);
  const recall = (s: Split) => s.rows.filter((r) => r.y.includes(1)).length / s.rows.length;
  console.log(JSON.stringify({ candidates: CANDIDATES, trainRecall: recall(train), devRecall: recall(dev) }));

  const variants: { name: string; model: LinearModel; cv: number }[] = [];
  for (const l2 of [1e-6, 1e-5, 1e-4, 1e-3, 1e-2]) {
    variants.push({ name: `pointwise-l2=${l2}`, model: fitPointwise(train.rows, l2), cv: crossValidated((rows) => fitPointwise(rows, l2)) });
    variants.push({ name: `pairwise-l2=${l2}`, model: fitPairwise(train.rows, l2), cv: crossValidated((rows) => fitPairwise(rows, l2)) });
  }
  let chosen = variants[0] as { name: string; model: LinearModel };
  let chosenDev = -1;
  for (const v of variants) {
    const devMap5 = evaluate(v.model, dev).map5;
    console.log(JSON.stringify({ variant: v.name, trainMap5: Number(evaluate(v.model, train).map5.toFixed(4)), trainCvMap5: Number(v.cv.toFixed(4)), devMap5: Number(devMap5.toFixed(4)) }));
    if (devMap5 > chosenDev) {
      chosen = v;
      chosenDev = devMap5;
    }
  }
  const devTop = evaluate(chosen.model, dev).top;
  const strong = thresholdFor(devTop, 0.95);
  const possible = thresholdFor(devTop, 0.6);
  const reranker = {
    version: `reranker-${chosen.name}-v3`,
    features,
    weights: chosen.model.w.map((v) => Number(v.toFixed(4))),
    bias: Number(chosen.model.bias.toFixed(4)),
    candidates: CANDIDATES,
    thresholds: { possible: Math.min(possible.threshold, strong.threshold), strong: strong.threshold },
    provenance: {
      fittedOn: 'CLEF CheckThat! 2020 task 2 English v3.0, train split (800 tweets, 10,375 verified claims); bench/fit-reranker.ts',
      chosenOn: 'dev split (197 tweets): loss and L2 by MAP@5; thresholds by top-1 precision',
      devMap5: Number(chosenDev.toFixed(4)),
      strongOnDev: strong,
      possibleOnDev: possible,
      relatedness: relatedness.version,
    },
  };
  writeFileSync(resolve(MODELS, 'reranker.json'), JSON.stringify(reranker, null, 2) + '\n');
  console.log(JSON.stringify({ chosen: chosen.name, devMap5: reranker.provenance.devMap5, thresholds: reranker.thresholds, strong, possible }));
}

main();
