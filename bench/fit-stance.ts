/**
 * Fits the stance model (data/models/stance.json) on the train splits of the five public
 * claim-vs-evidence sets in ../shared/bench/stance. Every choice (L2, temperature, verdict bars) is
 * made on out-of-fold predictions of a 5-fold cross-validation grouped by the sets' `group` field
 * (claim / story), so no story is in both halves. Dev is not read here.
 *
 *   npm run fit:stance            # cross-validate, print the figures
 *   npm run fit:stance -- --write # and write data/models/stance.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createContrastLexicon, type ContrastData } from '../src/core/facts';
import { contrastPairs } from './lib/stance-augment';
import { trainingDepartmentPairs } from './lib/stance-department-pairs';
import { STANCE_FEATURES } from '../src/core/stance/stance-features';
import { settleStance } from '../src/core/stance/decide-stance';
import { STANCE_CLASSES, stanceProbabilities, type StanceModel } from '../src/core/stance/stance-model';
import { trainLogReg, type SparseExample } from './lib/credibility-logreg';
import { loadStanceSet, STANCE_SETS } from './lib/stance-data';
import { groupBootstrapInterval } from './lib/group-bootstrap';
import { featurise, type FitRow } from './lib/stance-fit-data';

const args = process.argv.slice(2);
const write = args.includes('--write');
const FOLDS = 5;
// The contrast pairs are the product's own situation (a post changing one key fact of a statement);
// they weigh as much as this many public sets. Set before looking at any department's results.
const CONTRAST_WEIGHT = Number(process.env.FIT_CONTRAST_WEIGHT ?? 2);
// The training departments (data/training/departments) are the product's situation written out
// whole; like the contrast pairs they weigh as two public sets, set before any fit was scored.
const DEPARTMENTS_WEIGHT = Number(process.env.FIT_DEPARTMENTS_WEIGHT ?? 2);
// The most `supports` for a gold `contradicts` a set may get out of fold. The issue allows 10% on
// dev and test. Bars chosen at 10% and then at 8% out of fold gave 12-15% on COVID-Fact dev (CV
// 7.7% → dev 12.1%; 289 pairs, about ±3.5 points of sampling error), so the fit keeps a wider
// margin. This limit was set after looking at dev (see data/models/README-stance.md).
const DANGER_LIMIT = Number(process.env.FIT_DANGER_LIMIT ?? 0.06);
// Tighter on the training departments: a false rumour shown as backed by the department's own
// statement is the product's worst error, and these pairs are the product's situation.
const DEPARTMENTS_DANGER_LIMIT = Number(process.env.FIT_DEPARTMENTS_DANGER_LIMIT ?? 0.02);
const dangerLimitOf = (set: string): number => (set === 'departments' ? DEPARTMENTS_DANGER_LIMIT : DANGER_LIMIT);
const contrastData = JSON.parse(readFileSync(resolve(__dirname, '../data/lexicons/contrasts.json'), 'utf8')) as ContrastData;
const lexicon = createContrastLexicon(contrastData);

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function sampleWeights(rows: FitRow[]): number[] {
  // Each set weighs the same in total, and within a set each class present weighs the same: the
  // targets are macro-F1 per set, and FNC-1 alone has 43k pairs.
  const counts = new Map<string, number>();
  const classesPerSet = new Map<string, Set<number>>();
  for (const r of rows) {
    counts.set(`${r.set}:${r.label}`, (counts.get(`${r.set}:${r.label}`) ?? 0) + 1);
    if (!classesPerSet.has(r.set)) classesPerSet.set(r.set, new Set());
    classesPerSet.get(r.set)?.add(r.label);
  }
  const total = rows.length;
  const sets = classesPerSet.size;
  return rows.map((r) => {
    const k = (classesPerSet.get(r.set) as Set<number>).size;
    const setWeight = r.set === 'contrast' ? CONTRAST_WEIGHT : r.set === 'departments' ? DEPARTMENTS_WEIGHT : 1;
    return (setWeight * total) / (sets * k * (counts.get(`${r.set}:${r.label}`) as number));
  });
}

function fit(rows: FitRow[], l2: number): Pick<StanceModel, 'weights' | 'bias'> {
  const weights = sampleWeights(rows);
  const indices = Array.from((rows[0] as FitRow).values, (_, i) => i);
  const examples: SparseExample[] = rows.map((r, i) => ({ indices, values: Array.from(r.values), label: r.label, weight: weights[i] as number }));
  const fitted = trainLogReg(examples, indices.length, { classes: 3, l2, epochs: 12, learningRate: 0.05, seed: 7, batchSize: 64 });
  return {
    bias: fitted.bias,
    weights: STANCE_CLASSES.map((_, k) => fitted.weights.map((w) => w[k] as number)),
  };
}

type Verdict = 'supports' | 'contradicts' | 'not_addressed' | 'unclear';

// The product's own rules (settleStance) on out-of-fold probabilities.
function verdictOf(row: FitRow, p: number[], bars: StanceModel['bars']): Verdict {
  const probabilities = { supports: p[0] as number, contradicts: p[1] as number, not_addressed: p[2] as number };
  return settleStance(probabilities, row.alignment, row.values[1] as number, row.claim, row.evidence, bars).stance;
}

function argmaxVerdict(p: number[]): Verdict {
  const k = p.indexOf(Math.max(...p));
  return STANCE_CLASSES[k] as Verdict;
}

interface SetScore { set: string; macroF1: number; dangerous: number; unclear: number; accuracy: number; trueContradicted: number }

function scoreSet(set: string, gold: number[], verdicts: Verdict[]): SetScore {
  const present = [...new Set(gold)];
  const pred = verdicts.map((v) => (v === 'unclear' ? 2 : STANCE_CLASSES.indexOf(v)));
  let f1s = 0;
  for (const k of present) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      if (pred[i] === k && g === k) tp++;
      else if (pred[i] === k) fp++;
      else if (g === k) fn++;
    });
    f1s += tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  }
  const goldContra = gold.filter((g) => g === 1).length;
  const dangerous = gold.filter((g, i) => g === 1 && pred[i] === 0).length;
  // The other harmful error: a true post (gold supports) said to be contradicted.
  const goldSupports = gold.filter((g) => g === 0).length;
  const trueContradicted = gold.filter((g, i) => g === 0 && pred[i] === 1).length;
  return {
    trueContradicted: goldSupports ? trueContradicted / goldSupports : 0,
    set,
    macroF1: f1s / present.length,
    dangerous: goldContra ? dangerous / goldContra : 0,
    unclear: verdicts.filter((v) => v === 'unclear').length / verdicts.length,
    accuracy: gold.filter((g, i) => g === pred[i]).length / gold.length,
  };
}

function logLoss(rows: FitRow[], probs: number[][], t: number): number {
  let loss = 0;
  rows.forEach((r, i) => {
    const logits = (probs[i] as number[]).map((p) => Math.log(Math.max(p, 1e-12)) / t);
    const max = Math.max(...logits);
    const z = logits.reduce((a, l) => a + Math.exp(l - max), 0);
    loss -= logits[r.label] as number - max - Math.log(z);
  });
  return loss / rows.length;
}

const started = Date.now();
const rows: FitRow[] = [];
for (const set of STANCE_SETS) rows.push(...featurise(set, loadStanceSet(set, 'train'), lexicon));
if (!process.env.FIT_NO_CONTRAST) rows.push(...featurise('contrast', contrastPairs(lexicon, contrastData, 11), lexicon));
if (!process.env.FIT_NO_DEPARTMENTS) rows.push(...featurise('departments', trainingDepartmentPairs(), lexicon));
const ALL_SETS = [...new Set(rows.map((r) => r.set))];
console.error(`featurised ${rows.length} pairs in ${Date.now() - started} ms`);

const fold = rows.map((r) => hash(`${r.set}:${r.group}`) % FOLDS);
const l2Grid = (process.env.FIT_L2 ?? '0.0001,0.001,0.01').split(',').map(Number);
let bestChoice: { l2: number; probs: number[][]; score: number } | null = null;
for (const l2 of l2Grid) {
  const probs: number[][] = new Array(rows.length);
  for (let f = 0; f < FOLDS; f++) {
    const model = fit(rows.filter((_, i) => fold[i] !== f), l2);
    rows.forEach((r, i) => {
      if (fold[i] !== f) return;
      const p = stanceProbabilities({ ...model, temperature: 1 }, r.values);
      probs[i] = [p.supports, p.contradicts, p.not_addressed];
    });
  }
  const scores = ALL_SETS.map((set) => {
    const idx = rows.map((r, i) => (r.set === set ? i : -1)).filter((i) => i >= 0);
    return scoreSet(set, idx.map((i) => (rows[i] as FitRow).label), idx.map((i) => argmaxVerdict(probs[i] as number[])));
  });
  const mean = scores.reduce((a, s) => a + s.macroF1, 0) / scores.length;
  console.log(JSON.stringify({ l2, meanMacroF1: +mean.toFixed(4), sets: scores.map((s) => ({ set: s.set, f1: +s.macroF1.toFixed(4), dangerous: +s.dangerous.toFixed(3) })) }));
  if (!bestChoice || mean > bestChoice.score) bestChoice = { l2, probs, score: mean };
}
const chosen = bestChoice as { l2: number; probs: number[][]; score: number };

// Temperature: the one minimising out-of-fold log loss.
let temperature = 1;
let bestLoss = Infinity;
for (let t = 0.5; t <= 3; t += 0.05) {
  const loss = logLoss(rows, chosen.probs, t);
  if (loss < bestLoss) [bestLoss, temperature] = [loss, t];
}
const calibrated = chosen.probs.map((p) => {
  const logits = p.map((x) => Math.log(Math.max(x, 1e-12)) / temperature);
  const max = Math.max(...logits);
  const e = logits.map((l) => Math.exp(l - max));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / z);
});

// Bars: the supports bar is the lowest that keeps `supports` for a gold `contradicts` at or under
// DANGER_LIMIT on every set, out of fold; the others are chosen for mean macro-F1.
// The bars' objective: the mean macro-F1 over the sets, or one set's ("departments").
const BAR_OBJECTIVE = process.env.FIT_BAR_OBJECTIVE ?? 'mean';
if (BAR_OBJECTIVE !== 'mean' && !ALL_SETS.includes(BAR_OBJECTIVE)) throw new Error(`FIT_BAR_OBJECTIVE must be "mean" or one of ${ALL_SETS.join(', ')}, not "${BAR_OBJECTIVE}"`);
function barObjective(scores: SetScore[]): number {
  if (BAR_OBJECTIVE === 'mean') return scores.reduce((a, x) => a + x.macroF1, 0) / scores.length;
  return scores.find((x) => x.set === BAR_OBJECTIVE)?.macroF1 ?? 0;
}
const barGrid = [0, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8];
let bestBars: StanceModel['bars'] = { supports: 0.5, contradicts: 0, not_addressed: 0 };
let bestMean = -1;
let bestScores: SetScore[] = [];
for (const s of barGrid) for (const c of barGrid) {
  const bars = { supports: s, contradicts: c, not_addressed: 0 };
  const scores = ALL_SETS.map((set) => {
    const idx = rows.map((r, i) => (r.set === set ? i : -1)).filter((i) => i >= 0);
    return scoreSet(set, idx.map((i) => (rows[i] as FitRow).label), idx.map((i) => verdictOf(rows[i] as FitRow, calibrated[i] as number[], bars)));
  });
  if (scores.some((x) => x.dangerous > dangerLimitOf(x.set))) continue;
  const mean = barObjective(scores);
  if (mean > bestMean) [bestMean, bestBars, bestScores] = [mean, bars, scores];
}
// Then the lower bar for a fact-backed `supports` (the statement asserts the post's key fact and
// most of its words), searched jointly with the `supports` bar (a higher plain bar can make room
// for a lower backed one), the contradicts bar kept, under the same limit on every set.
const backedGrid = barGrid.flatMap((plain) => barGrid.filter((b) => b > 0 && b < plain).map((b) => [plain, b] as const));
for (const [plain, b] of backedGrid) {
  const bars = { ...bestBars, supports: plain, supportsBacked: b };
  const scores = ALL_SETS.map((set) => {
    const idx = rows.map((r, i) => (r.set === set ? i : -1)).filter((i) => i >= 0);
    return scoreSet(set, idx.map((i) => (rows[i] as FitRow).label), idx.map((i) => verdictOf(rows[i] as FitRow, calibrated[i] as number[], bars)));
  });
  const mean = barObjective(scores);
  console.log(JSON.stringify({ supports: plain, supportsBacked: b, meanMacroF1: +mean.toFixed(4), dangerous: scores.map((x) => +x.dangerous.toFixed(3)) }));
  if (scores.some((x) => x.dangerous > dangerLimitOf(x.set))) continue;
  if (mean > bestMean) [bestMean, bestBars, bestScores] = [mean, bars, scores];
}
console.log(JSON.stringify({ chosen: { l2: chosen.l2, temperature: +temperature.toFixed(2), bars: bestBars, objective: BAR_OBJECTIVE, macroF1: +bestMean.toFixed(4) } }));
// Each set's cross-validated macro-F1 with a 95% interval from resampling its groups (stories).
for (const s of bestScores) {
  const idx = rows.map((r, i) => (r.set === s.set ? i : -1)).filter((i) => i >= 0);
  const verdicts = idx.map((i) => verdictOf(rows[i] as FitRow, calibrated[i] as number[], bestBars));
  const gold = idx.map((i) => (rows[i] as FitRow).label);
  const interval = groupBootstrapInterval(
    idx.map((i) => (rows[i] as FitRow).group),
    (picked) => scoreSet(s.set, picked.map((j) => gold[j] as number), picked.map((j) => verdicts[j] as Verdict)).macroF1,
    { resamples: 300, seed: 7 },
  );
  console.log(JSON.stringify({ cv: s.set, macroF1: +s.macroF1.toFixed(4), interval95: interval.map((x) => +x.toFixed(3)), accuracy: +s.accuracy.toFixed(4), dangerous: +s.dangerous.toFixed(3), trueContradicted: +s.trueContradicted.toFixed(3), unclear: +s.unclear.toFixed(3) }));
}

if (write) {
  const final = fit(rows, chosen.l2);
  const model: StanceModel = {
    version: `stance-lr-${new Date().toISOString().slice(0, 10)}`,
    features: [...STANCE_FEATURES],
    classes: [...STANCE_CLASSES],
    weights: final.weights.map((w) => w.map((x) => +x.toFixed(6))),
    bias: final.bias.map((x) => +x.toFixed(6)),
    temperature: +temperature.toFixed(3),
    bars: bestBars,
  };
  const out = resolve(process.env.FIT_OUT ?? resolve(__dirname, '../data/models/stance.json'));
  writeFileSync(out, `${JSON.stringify(model, null, 1)}\n`);
  console.error(`wrote ${out}`);
}
