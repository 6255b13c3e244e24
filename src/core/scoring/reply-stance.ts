import { softmax } from './softmax';
import { stanceFeatures, type ReplyContext, type StanceCues, type StanceExtras } from './stance-features';
import type { ReplyStanceLabel, ReplyStanceResult } from './types';

/** A fitted multinomial logistic regression over `stanceFeatures` (see data/models/reply-stance.json). */
export interface ReplyStanceModel {
  version: string;
  classes: ReplyStanceLabel[];
  cues: StanceCues;
  /** Per-class bias added to the logits (also absorbs the class-weight prior shift). */
  bias: number[];
  /** Value of a word n-gram feature (cue features are 1); models before 2026-11-29 used 1. */
  ngramValue?: number;
  /** Feature groups beyond the 2026-11-29 set the model was fitted with; absent means none. */
  extras?: StanceExtras;
  /** feature → one weight per class, in `classes` order. Unknown features weigh nothing. */
  weights: Record<string, number[]>;
}

/** Per-class logits of a reply; exported for the fitting script's checks. */
export function stanceLogits(text: string | null, model: ReplyStanceModel, context: ReplyContext = {}): number[] {
  const logits = model.bias.slice();
  const features = stanceFeatures(text, model.cues, context, model.ngramValue ?? 1, model.extras ?? {});
  for (const [name, value] of features) {
    const w = model.weights[name];
    if (!w) continue;
    for (let k = 0; k < logits.length; k++) logits[k] = (logits[k] ?? 0) + (w[k] ?? 0) * value;
  }
  return logits;
}

/**
 * The stance of a reply towards the rumor it answers.
 *
 * `context` (the rumor's text, whether the reply answers it directly) sharpens the call when
 * known; without it the text alone decides.
 *
 * @example classifyReplyStance('this is fake', model).label // 'deny'
 */
export function classifyReplyStance(text: string | null, model: ReplyStanceModel, context: ReplyContext = {}): ReplyStanceResult {
  const probs = softmax(stanceLogits(text, model, context));
  const probabilities = { support: 0, deny: 0, query: 0, comment: 0 } as Record<ReplyStanceLabel, number>;
  let best = 0;
  model.classes.forEach((c, k) => {
    probabilities[c] = probs[k] ?? 0;
    if ((probs[k] ?? 0) > (probs[best] ?? 0)) best = k;
  });
  return { label: model.classes[best] ?? 'comment', probabilities };
}
