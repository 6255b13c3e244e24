/**
 * Fitting the veracity model: the scorer's own features for each source post, a class-weighted
 * three-class logistic regression, and the expert priors for signals the data sets lack.
 */
import { claimFeatures } from '../../src/core/scoring/credibility';
import type { CredibilityModel, VeracityClass } from '../../src/core/scoring/credibility-model';
import { crowdFeatures } from '../../src/core/scoring/crowd-features';
import type { FeatureValue } from '../../src/core/scoring/feature';
import type { ScoringLexicons } from '../../src/core/scoring/lexicons';
import type { ClusterEvidence } from '../../src/core/scoring/types';
import { WORD_PREFIX } from '../../src/core/scoring/wording-features';
import { VERACITY_CLASSES } from './credibility-data';
import { balancedClassWeights, trainLogReg, type SparseExample } from './credibility-logreg';

/** Points at feature value 1 for signals no benchmark row carries; chosen by hand, documented in README-credibility.md. */
export const EXPERT_PRIORS: Record<string, number> = {
  source_history: -25,
  links_low_credibility: -18,
  links_trusted: 10,
  crowd_corrections: -15,
  spread_new_accounts: -12,
  spread_coordination: -18,
  spread_burst: -6,
};

export interface VeracityFitOptions {
  l2: number;
  epochs: number;
  learningRate: number;
  classWeightPower: number;
  pointsPerLogit: number;
  /** A word is kept only if it occurs in at least this many events (names of one event are dropped). */
  minWordEvents: number;
  minWordCount: number;
}

export interface LabelledEvidence {
  evidence: ClusterEvidence;
  now: Date;
  label: VeracityClass;
  event: string;
}

export function clusterFeatureValues(e: ClusterEvidence, lexicons: ScoringLexicons, now: Date): FeatureValue[] {
  return [...claimFeatures(e.representative, lexicons, now), ...crowdFeatures(e.crowd)];
}

export function fitVeracity(rows: LabelledEvidence[], lexicons: ScoringLexicons, o: VeracityFitOptions, version: string): CredibilityModel {
  const featureRows = rows.map((r) => clusterFeatureValues(r.evidence, lexicons, r.now).filter((f) => EXPERT_PRIORS[f.key] === undefined));
  const wordEvents = new Map<string, Set<string>>();
  const wordCount = new Map<string, number>();
  featureRows.forEach((fs, i) => {
    for (const f of fs) {
      if (!f.key.startsWith(WORD_PREFIX)) continue;
      const set = wordEvents.get(f.key) ?? new Set<string>();
      set.add((rows[i] as LabelledEvidence).event);
      wordEvents.set(f.key, set);
      wordCount.set(f.key, (wordCount.get(f.key) ?? 0) + 1);
    }
  });
  const keep = (key: string): boolean =>
    !key.startsWith(WORD_PREFIX) || ((wordEvents.get(key)?.size ?? 0) >= o.minWordEvents && (wordCount.get(key) ?? 0) >= o.minWordCount);
  for (let i = 0; i < featureRows.length; i++) featureRows[i] = (featureRows[i] as FeatureValue[]).filter((f) => keep(f.key));
  const keys = [...new Set(featureRows.flatMap((fs) => fs.map((f) => f.key)))].sort();
  const index = new Map(keys.map((k, i) => [k, i]));
  const labels = rows.map((r) => VERACITY_CLASSES.indexOf(r.label));
  const cw = balancedClassWeights(labels, VERACITY_CLASSES.length, o.classWeightPower);
  const examples: SparseExample[] = featureRows.map((fs, i) => ({
    indices: fs.map((f) => index.get(f.key) as number),
    values: fs.map((f) => f.value),
    label: labels[i] as number,
    weight: cw[labels[i] as number] as number,
  }));
  const fitted = trainLogReg(examples, keys.length, { classes: 3, l2: o.l2, epochs: o.epochs, learningRate: o.learningRate, seed: 5, batchSize: 8 });
  const weights: Record<string, number[]> = {};
  keys.forEach((k, i) => (weights[k] = Array.from(fitted.weights[i] as Float64Array, (w) => Math.round(w * 1000) / 1000)));
  return {
    version,
    classes: [...VERACITY_CLASSES],
    pointsPerLogit: o.pointsPerLogit,
    bias: fitted.bias.map((b) => Math.round(b * 1000) / 1000),
    weights,
    priors: { ...EXPERT_PRIORS },
  };
}
