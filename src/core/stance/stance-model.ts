import { STANCE_FEATURES } from './stance-features';

/** The three answers a statement can give a claim; the model's classes, in its order. */
export const STANCE_CLASSES = ['supports', 'contradicts', 'not_addressed'] as const;
export type StanceClass = (typeof STANCE_CLASSES)[number];

export type StanceProbabilities = Record<StanceClass, number>;

/**
 * The fitted stance model (data/models/stance.json, written by `npm run fit:stance`): a
 * multinomial logistic regression over STANCE_FEATURES, a temperature fitted on out-of-fold
 * predictions so its probabilities are calibrated, and the bars a probability must clear.
 */
export interface StanceModel {
  version: string;
  features: string[];
  classes: string[];
  /** weights[class][feature] */
  weights: number[][];
  bias: number[];
  temperature: number;
  /** Least calibrated probability for each verdict; below every bar the verdict is `unclear`. */
  /**
   * `supportsBacked`: the lower bar for a `supports` whose key facts (a status, outcome, count,
   * quantity or scope of the post) the statement asserts too; absent, the `supports` bar.
   */
  bars: { supports: number; contradicts: number; not_addressed: number; supportsBacked?: number };
}

function isNumberArray(value: unknown, length: number): value is number[] {
  return Array.isArray(value) && value.length === length && value.every((v) => typeof v === 'number' && Number.isFinite(v));
}

/**
 * Checks a parsed stance.json against the features this build computes.
 *
 * @example loadStanceModel(JSON.parse(readFileSync('data/models/stance.json', 'utf8'))).version
 */
export function loadStanceModel(raw: unknown): StanceModel {
  const m = raw as Partial<StanceModel> | null;
  if (!m || typeof m !== 'object') throw new Error('stance model: not an object');
  if (!Array.isArray(m.features) || m.features.join() !== STANCE_FEATURES.join()) {
    throw new Error('stance model: its features differ from this build (run npm run fit:stance)');
  }
  if (!Array.isArray(m.classes) || m.classes.join() !== STANCE_CLASSES.join()) throw new Error('stance model: unexpected classes');
  if (!Array.isArray(m.weights) || m.weights.length !== STANCE_CLASSES.length || !m.weights.every((w) => isNumberArray(w, STANCE_FEATURES.length))) {
    throw new Error('stance model: weights do not fit the features');
  }
  if (!isNumberArray(m.bias, STANCE_CLASSES.length)) throw new Error('stance model: bad bias');
  if (typeof m.temperature !== 'number' || !(m.temperature > 0)) throw new Error('stance model: bad temperature');
  const bars = m.bars;
  if (!bars || !STANCE_CLASSES.every((c) => typeof bars[c] === 'number')) throw new Error('stance model: bad bars');
  if (bars.supportsBacked !== undefined && typeof bars.supportsBacked !== 'number') throw new Error('stance model: bad bars');
  if (typeof m.version !== 'string') throw new Error('stance model: no version');
  return m as StanceModel;
}

/** Each class's logit contribution per feature, for explanations. */
export function stanceLogits(model: Pick<StanceModel, 'weights' | 'bias'>, values: ArrayLike<number>): number[] {
  const logits: number[] = [];
  for (let k = 0; k < model.bias.length; k++) {
    const w = model.weights[k] as number[];
    let z = model.bias[k] as number;
    for (let f = 0; f < w.length; f++) {
      // Most features are 0 for any one row (the short and long copies above all); adding w * 0
      // leaves z as it was, so skipping them gives the same logit to the last bit.
      const v = values[f] as number;
      if (v !== 0) z += (w[f] as number) * v;
    }
    logits.push(z);
  }
  return logits;
}

/**
 * Calibrated class probabilities for one feature row.
 *
 * @example stanceProbabilities(model, row.values).contradicts // 0.83
 */
export function stanceProbabilities(model: Pick<StanceModel, 'weights' | 'bias' | 'temperature'>, values: ArrayLike<number>): StanceProbabilities {
  // Three classes (loadStanceModel checks): the softmax written out, with the arithmetic in the
  // order the array version did it, so the probabilities are the same to the last bit.
  const logits = stanceLogits(model, values);
  const t = model.temperature;
  const z0 = (logits[0] as number) / t;
  const z1 = (logits[1] as number) / t;
  const z2 = (logits[2] as number) / t;
  const max = Math.max(z0, z1, z2);
  const e0 = Math.exp(z0 - max);
  const e1 = Math.exp(z1 - max);
  const e2 = Math.exp(z2 - max);
  const total = 0 + e0 + e1 + e2;
  return { supports: e0 / total, contradicts: e1 / total, not_addressed: e2 / total };
}
