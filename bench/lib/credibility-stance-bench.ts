/**
 * The reply-stance part of `npm run bench:credibility -- --task stance`: the choice of feature
 * groups by cross-validation grouped by thread inside stance_train (`--select`), the
 * cross-validated figure on train+dev with its interval, the dev figure looked at once, and the
 * per-reply time of the shipped model against the older feature set in the same run.
 */
import { classifyReplyStance, type ReplyStanceModel } from '../../src/core/scoring/reply-stance';
import type { Corpus } from './credibility-corpus';
import { outOfFoldStance } from './credibility-cv';
import { STANCE_CLASSES, type ReplyRow, type StanceClass } from './credibility-data';
import { groupBootstrapMacroF1, groupFolds } from './credibility-groups';
import { classificationScores } from './credibility-metrics';
import { groupBootstrapInterval } from './group-bootstrap';
import { scoreLine } from './credibility-report';
import { fitReplyStance, fitReplyStanceOnce, replyContext, type StanceFitOptions } from './credibility-stance-fit';

export interface StanceCandidate {
  name: string;
  options: StanceFitOptions;
  /** Per-class offsets chosen on inner 4-fold predictions of each training part (nested). */
  offsets?: boolean;
}

/**
 * Fold of every row, whole threads together (a thread is its source post's id).
 *
 * @example threadFolds(rows, 5)[i] === threadFolds(rows, 5)[j] // whenever rows i and j share a source_id
 */
export function threadFolds(rows: ReplyRow[], k: number): number[] {
  const folds = groupFolds(rows.map((r) => r.source_id), k);
  return rows.map((r) => folds.get(r.source_id) as number);
}

/**
 * Out-of-fold labels of `rows` for one candidate: each fold's model never saw that fold's threads.
 *
 * @example candidateOutOfFold(corpus.stanceTrain, corpus.sourceText, STANCE_CANDIDATES[0]) // one label per row
 */
export function candidateOutOfFold(rows: ReplyRow[], sourceText: Map<string, string | null>, c: StanceCandidate, k = 5): StanceClass[] {
  const fold = threadFolds(rows, k);
  const pred = new Array<StanceClass>(rows.length);
  for (let f = 0; f < k; f++) {
    const train = rows.filter((_, i) => fold[i] !== f);
    const model = c.offsets ? fitReplyStance(train, sourceText, c.options, 'cv') : fitReplyStanceOnce(train, sourceText, c.options, 'cv');
    rows.forEach((r, i) => {
      if (fold[i] === f) pred[i] = classifyReplyStance(r.text, model, replyContext(r, sourceText)).label;
    });
  }
  return pred;
}

/**
 * Compares the candidates on stance_train only (5 folds by thread) and returns the best by
 * macro-F1; dev is never read here.
 *
 * @example selectStanceOptions(loadCorpus(), STANCE_CANDIDATES).options // the winner's fit options
 */
export function selectStanceOptions(corpus: Corpus, candidates: StanceCandidate[]): StanceCandidate {
  const rows = corpus.stanceTrain.filter((r) => r.label !== undefined);
  const gold = rows.map((r) => r.label as StanceClass);
  const groups = rows.map((r) => r.source_id);
  let best: { c: StanceCandidate; f1: number } | null = null;
  for (const c of candidates) {
    const pred = candidateOutOfFold(rows, corpus.sourceText, c);
    const scores = classificationScores(gold, pred, STANCE_CLASSES);
    console.log(scoreLine(`  select (stance_train, 5-fold by thread): ${c.name}`, scores, groupBootstrapMacroF1(gold, pred, groups, STANCE_CLASSES)));
    if (!best || scores.macroF1 > best.f1) best = { c, f1: scores.macroF1 };
  }
  if (!best) throw new Error('no stance candidates');
  console.log(`chosen: ${best.c.name}`);
  return best.c;
}

/** Mean µs per reply over the fastest of `rounds` passes (the fastest pass is the least disturbed by other processes). */
function microsPerReply(rows: ReplyRow[], sourceText: Map<string, string | null>, model: ReplyStanceModel, rounds: number): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (const row of rows) classifyReplyStance(row.text, model, replyContext(row, sourceText));
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1000 / rows.length);
  }
  return best;
}

/**
 * Per-reply cost of the shipped model against `baseline` (the older model file when given, else
 * the shipped weights without the newer feature groups: the older extractor), interleaved.
 *
 * @example stanceTiming(corpus, shipped, { ...shipped, extras: {} }, 'older features') // 'reply stance time: 75.2 µs/reply … ratio 1.10 …'
 */
export function stanceTiming(corpus: Corpus, shipped: ReplyStanceModel, baseline: ReplyStanceModel, baselineName: string): string {
  const rows = [...corpus.stanceTrain, ...corpus.stanceDev];
  microsPerReply(rows, corpus.sourceText, shipped, 1);
  microsPerReply(rows, corpus.sourceText, baseline, 1);
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < 3; i++) {
    a = Math.min(a, microsPerReply(rows, corpus.sourceText, shipped, 2));
    b = Math.min(b, microsPerReply(rows, corpus.sourceText, baseline, 2));
  }
  return `reply stance time: ${a.toFixed(1)} µs/reply (${shipped.version}) vs ${b.toFixed(1)} µs/reply (${baselineName}), ratio ${(a / b).toFixed(2)} (n=${rows.length}, fastest of 6 passes, same run)`;
}

/**
 * Macro-F1 of `pred` minus that of `base` on the same rows, with a 95% interval that resamples
 * whole threads for both at once (paired), so the spread of the threads themselves cancels out.
 *
 * @example pairedMacroF1Gain(gold, newPred, oldPred, threadIds) // { gain: 0.007, ci: [-0.002, 0.017] }
 */
export function pairedMacroF1Gain(gold: string[], pred: string[], base: string[], groups: string[]): { gain: number; ci: [number, number] } {
  const f1 = (p: string[], idx: number[]): number => classificationScores(idx.map((i) => gold[i] as string), idx.map((i) => p[i] as string), STANCE_CLASSES).macroF1;
  const all = gold.map((_, i) => i);
  const order = all.slice().sort((a, b) => ((groups[a] as string) < (groups[b] as string) ? -1 : (groups[a] as string) > (groups[b] as string) ? 1 : a - b));
  const ci = groupBootstrapInterval(order.map((i) => groups[i] as string), (picked) => {
    const idx = picked.map((k) => order[k] as number);
    return f1(pred, idx) - f1(base, idx);
  }, { resamples: 1000, seed: 7 });
  return { gain: f1(pred, all) - f1(base, all), ci };
}

/**
 * The cross-validated figure (5 folds by thread over train+dev, the labels the veracity crowd
 * factors use), its gain over the 2026-11-29 feature set and over the pruned model on the same
 * folds, and the dev figure
 * looked at once (fitted on stance_train only).
 *
 * @example stanceFigures(loadCorpus(), STANCE_OPTIONS) // prints four lines
 */
export function stanceFigures(corpus: Corpus, o: StanceFitOptions): void {
  const oof = outOfFoldStance(corpus, o);
  console.log(scoreLine('RumourEval-2019 reply stance, 5-fold by thread', classificationScores(oof.gold, oof.pred, STANCE_CLASSES), groupBootstrapMacroF1(oof.gold, oof.pred, oof.groups, STANCE_CLASSES)));
  const baselines: [string, StanceFitOptions][] = [
    ['the 2026-11-29 features', { ...o, extras: {} }],
    ['the same model pruned to 6,000 features (as shipped until 2026-12-06)', { ...o, keepTop: 6000 }],
  ];
  for (const [name, options] of baselines) {
    const before = outOfFoldStance(corpus, options);
    const { gain, ci } = pairedMacroF1Gain(oof.gold, oof.pred, before.pred, oof.groups);
    console.log(`  gain over ${name}, same folds: ${gain >= 0 ? '+' : ''}${gain.toFixed(3)}  95% CI [${ci[0].toFixed(3)}, ${ci[1].toFixed(3)}] (paired, resampling threads)`);
  }
  const model = fitReplyStanceOnce(corpus.stanceTrain, corpus.sourceText, o, 'dev');
  const dev = corpus.stanceDev.filter((r) => r.label !== undefined);
  const gold = dev.map((r) => r.label as StanceClass);
  const pred = dev.map((r) => classifyReplyStance(r.text, model, replyContext(r, corpus.sourceText)).label);
  console.log(scoreLine('RumourEval-2019 reply stance dev (once)', classificationScores(gold, pred, STANCE_CLASSES), groupBootstrapMacroF1(gold, pred, dev.map((r) => r.source_id), STANCE_CLASSES)));
}
