/**
 * Hyper-parameters chosen on RumourEval dev (stance and veracity) and PHEME leave-one-event-out
 * (veracity). Grids tried, best first, are listed in data/models/README-credibility.md.
 */
import type { StanceFitOptions } from './credibility-stance-fit';
import type { VeracityFitOptions } from './credibility-veracity-fit';

export const STANCE_OPTIONS: StanceFitOptions = {
  minCount: 3,
  l2: 0.1,
  epochs: 10,
  classWeightPower: 0.7,
  learningRate: 0.03,
  keepTop: 6000,
  dropKinds: [],
  ngramValue: 0.4,
  seeds: [11, 12, 13],
};

export const VERACITY_OPTIONS: VeracityFitOptions = {
  l2: 0.01,
  epochs: 30,
  learningRate: 0.1,
  classWeightPower: 2,
  pointsPerLogit: 12,
  wordFeatures: false,
  minWordEvents: 3,
  minWordCount: 5,
};
