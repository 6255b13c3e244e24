/**
 * Scores for the claim-vs-evidence stance benchmark, as tools/stance-bench/score.py defines them
 * (see ../shared/bench/stance/README.md). Pure: no I/O, no clock, no Math.random.
 */
import type { GoldStance } from './stance-data';

/** A system's answer: `unclear` ("read the statement") is scored as `not_addressed`. */
export type Predicted = GoldStance | 'unclear';
export type Fnc4 = 'agree' | 'disagree' | 'discuss' | 'unrelated';

export const GOLD_LABELS: readonly GoldStance[] = ['supports', 'contradicts', 'not_addressed'];
export const PREDICTED_LABELS: readonly Predicted[] = [...GOLD_LABELS, 'unclear'];

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  /** Gold pairs of this class. */
  support: number;
}

export interface StanceScores {
  n: number;
  accuracy: number;
  /** Mean F1 over the labels present in gold (two for COVID-Fact, three elsewhere). */
  macroF1: number;
  /** Only the labels present in gold, in GOLD_LABELS order. */
  perClass: Partial<Record<GoldStance, ClassScores>>;
  /** gold → predicted → count; `unclear` kept as its own column. */
  confusion: Record<GoldStance, Record<Predicted, number>>;
  /** `supports` predicted for a gold `contradicts`; share is of gold contradicts (null when none). */
  dangerous: { count: number; share: number | null };
  unclearRate: number;
}

const scored = (p: Predicted): GoldStance => (p === 'unclear' ? 'not_addressed' : p);

/**
 * Accuracy, macro-F1, per-class P/R/F1, confusion matrix, dangerous count and unclear rate.
 *
 * @example stanceScores(['supports', 'contradicts'], ['supports', 'supports']).dangerous // { count: 1, share: 1 }
 */
export function stanceScores(gold: readonly GoldStance[], pred: readonly Predicted[]): StanceScores {
  if (gold.length !== pred.length) throw new Error(`gold has ${gold.length} labels, predictions ${pred.length}`);
  const confusion = Object.fromEntries(GOLD_LABELS.map((g) => [g, Object.fromEntries(PREDICTED_LABELS.map((p) => [p, 0]))])) as StanceScores['confusion'];
  let correct = 0;
  let unclear = 0;
  gold.forEach((g, i) => {
    const p = pred[i] as Predicted;
    confusion[g][p] += 1;
    if (scored(p) === g) correct += 1;
    if (p === 'unclear') unclear += 1;
  });
  const present = GOLD_LABELS.filter((c) => gold.includes(c));
  const perClass: StanceScores['perClass'] = {};
  for (const c of present) {
    const tp = confusion[c][c] + (c === 'not_addressed' ? confusion[c].unclear : 0);
    const predictedAs = GOLD_LABELS.reduce((s, g) => s + confusion[g][c] + (c === 'not_addressed' ? confusion[g].unclear : 0), 0);
    const support = PREDICTED_LABELS.reduce((s, p) => s + confusion[c][p], 0);
    const precision = predictedAs ? tp / predictedAs : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[c] = { precision, recall, f1, support };
  }
  const contradicts = PREDICTED_LABELS.reduce((s, p) => s + confusion.contradicts[p], 0);
  const dangerous = confusion.contradicts.supports;
  return {
    n: gold.length,
    accuracy: gold.length ? correct / gold.length : 0,
    macroF1: present.length ? present.reduce((s, c) => s + (perClass[c]?.f1 ?? 0), 0) / present.length : 0,
    perClass,
    confusion,
    dangerous: { count: dangerous, share: contradicts ? dangerous / contradicts : null },
    unclearRate: gold.length ? unclear / gold.length : 0,
  };
}

/**
 * FNC-1's 4-way stance from a 3-way answer: supports → agree, contradicts → disagree, anything
 * else → discuss when the system calls the pair related, unrelated when not.
 *
 * @example fncLabel('unclear', false) // 'unrelated'
 */
export function fncLabel(pred: Predicted, related: boolean): Fnc4 {
  if (pred === 'supports') return 'agree';
  if (pred === 'contradicts') return 'disagree';
  return related ? 'discuss' : 'unrelated';
}

/**
 * The official FNC-1 weighted score (fnc-1 scorer.py): +0.25 when related-vs-unrelated is right,
 * +0.75 more when a related pair's agree/disagree/discuss is right; `percent` is of the maximum.
 *
 * @example fncScore(['agree', 'unrelated'], ['discuss', 'unrelated']) // { score: 0.5, max: 1.25, percent: 40 }
 */
export function fncScore(gold: readonly string[], pred: readonly Fnc4[]): { score: number; max: number; percent: number } {
  if (gold.length !== pred.length) throw new Error(`gold has ${gold.length} labels, predictions ${pred.length}`);
  let score = 0;
  let max = 0;
  gold.forEach((g, i) => {
    const p = pred[i];
    const goldRelated = g !== 'unrelated';
    max += goldRelated ? 1 : 0.25;
    if (goldRelated === (p !== 'unrelated')) score += 0.25;
    if (goldRelated && g === p) score += 0.75;
  });
  return { score, max, percent: max ? (100 * score) / max : 0 };
}
