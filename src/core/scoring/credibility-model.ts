import type { FeatureValue } from './feature';
import { softmax } from './softmax';

export type VeracityClass = 'true' | 'false' | 'unverified';

/**
 * The fitted veracity model (data/models/credibility.json): a three-class logistic regression
 * over named features, plus expert priors (in points) for signals the benchmark data cannot
 * fit (department evidence, author history, domain lists, spread).
 */
export interface CredibilityModel {
  version: string;
  classes: VeracityClass[];
  /** Points on the 0..100 scale per unit of (true logit − false logit). */
  pointsPerLogit: number;
  bias: number[];
  /** feature key → weight per class, in `classes` order. */
  weights: Record<string, number[]>;
  /** feature key → signed points at value 1, for features set by hand rather than fitted. */
  priors: Record<string, number>;
  /**
   * Chosen on out-of-fold predictions by the fitting script: the logits are divided by
   * `temperature` so that "0.7" means 7 in 10, and `likely_true` / `likely_false` are shown only
   * when that class's probability reaches `bar`. Models without it keep the older rule.
   */
  calibration?: Calibration;
}

export interface Calibration {
  temperature: number;
  /** One bar for both verdicts: the lowest probability at which both kinds of call held 7 in 10. */
  bar: number;
  /**
   * A bar per verdict (models from 2026-12-06 on): likely_true and likely_false each clear their
   * own, chosen the same way on their own calls. 1 means the model never makes that call.
   */
  bars?: Record<'true' | 'false', number>;
}

/**
 * The bar the leading verdict must reach: its own when the model has per-verdict bars, else the shared one.
 *
 * @example verdictBar({ temperature: 1, bar: 1, bars: { true: 0.6, false: 1 } }, 'true') // 0.6
 */
export function verdictBar(calibration: Calibration, lead: 'true' | 'false'): number {
  return calibration.bars?.[lead] ?? calibration.bar;
}

/**
 * The calibrated model's own call: true or false only when that probability reaches its bar.
 *
 * @example calibratedCall({ true: 0.72, false: 0.1, unverified: 0.18 }, { temperature: 1, bar: 1, bars: { true: 0.7, false: 1 } }) // 'true'
 */
export function calibratedCall(probs: Record<VeracityClass, number>, calibration: Calibration): VeracityClass {
  const lead: 'true' | 'false' = probs.true >= probs.false ? 'true' : 'false';
  return probs[lead] >= verdictBar(calibration, lead) ? lead : 'unverified';
}

export interface ModelEvaluation {
  /** 50 + the intercept's points: the score of a claim with no signals at all. */
  base: number;
  contributions: Map<string, number>;
  probabilities: Record<VeracityClass, number>;
}

/**
 * Logits and per-feature point contributions. A feature's contribution is
 * pointsPerLogit × (w_true − w_false) × value, so the factor list adds up to the score.
 * Prior features shift the true and false logits by half their points each, in logit units.
 */
export function evaluateModel(features: FeatureValue[], model: CredibilityModel): ModelEvaluation {
  const ti = model.classes.indexOf('true');
  const fi = model.classes.indexOf('false');
  const logits = model.bias.slice();
  const contributions = new Map<string, number>();
  for (const f of features) {
    const w = model.weights[f.key];
    let points = 0;
    if (w) {
      for (let k = 0; k < logits.length; k++) logits[k] = (logits[k] ?? 0) + (w[k] ?? 0) * f.value;
      points = model.pointsPerLogit * ((w[ti] ?? 0) - (w[fi] ?? 0)) * f.value;
    } else if (model.priors[f.key] !== undefined) {
      points = (model.priors[f.key] ?? 0) * f.value;
      const shift = points / model.pointsPerLogit / 2;
      logits[ti] = (logits[ti] ?? 0) + shift;
      logits[fi] = (logits[fi] ?? 0) - shift;
    }
    contributions.set(f.key, (contributions.get(f.key) ?? 0) + points);
  }
  const temperature = model.calibration?.temperature ?? 1;
  const probs = softmax(logits.map((l) => l / temperature));
  const probabilities = { true: 0, false: 0, unverified: 0 } as Record<VeracityClass, number>;
  model.classes.forEach((c, k) => (probabilities[c] = probs[k] ?? 0));
  const base = 50 + model.pointsPerLogit * ((model.bias[ti] ?? 0) - (model.bias[fi] ?? 0));
  return { base, contributions, probabilities };
}
