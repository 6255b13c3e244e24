/**
 * Hyper-parameters. Reply stance: the 2026-11-29 options were chosen on RumourEval dev, the
 * feature groups (`extras`) since 2026-12-06 by 5-fold CV grouped by thread on stance_train.
 * Veracity: chosen out of fold by `npm run bench:credibility -- --select` (PHEME
 * leave-one-event-out and RumourEval 5-fold by thread, 2026-12-06). Grids tried are listed in
 * data/models/README-credibility.md.
 */
import type { StanceCandidate } from './credibility-stance-bench';
import type { StanceFitOptions } from './credibility-stance-fit';
import type { VeracityFitOptions } from './credibility-veracity-fit';

export const STANCE_OPTIONS: StanceFitOptions = {
  minCount: 3,
  l2: 0.1,
  epochs: 10,
  classWeightPower: 0.7,
  learningRate: 0.03,
  dropKinds: [],
  ngramValue: 0.4,
  seeds: [11, 12, 13],
  extras: { phraseCues: true, crossPosition: true },
};

/**
 * Reply-stance feature groups compared by `npm run bench:credibility -- --task stance --select`
 * (5 folds by thread inside stance_train); STANCE_OPTIONS holds the winner.
 */
export const STANCE_CANDIDATES: StanceCandidate[] = [
  { name: '2026-11-29 features', options: { ...STANCE_OPTIONS, extras: {} } },
  { name: '+ phrase cues', options: { ...STANCE_OPTIONS, extras: { phraseCues: true } } },
  { name: '+ cues crossed with direct/nested', options: { ...STANCE_OPTIONS, extras: { crossPosition: true } } },
  { name: '+ both', options: { ...STANCE_OPTIONS, extras: { phraseCues: true, crossPosition: true } } },
  { name: '+ both, nested per-class offsets', options: { ...STANCE_OPTIONS, extras: { phraseCues: true, crossPosition: true } }, offsets: true },
];

export const VERACITY_OPTIONS: VeracityFitOptions = {
  l2: 0.003,
  epochs: 30,
  learningRate: 0.1,
  classWeightPower: 2.25,
  pointsPerLogit: 12,
  wordFeatures: false,
  minWordEvents: 3,
  minWordCount: 5,
  seeds: [5, 6, 7],
};

/**
 * Class-weight powers and L2 strengths compared by `npm run bench:credibility -- --select`
 * (2026-12-06, with the thread-shape, listed and mentions features; powers 0.5 and 1 were in the
 * earlier grid and lost 0.1+ on PHEME, see README-credibility.md).
 */
export const VERACITY_GRID: VeracityFitOptions[] = [1.5, 2, 2.25, 2.5].flatMap((classWeightPower) =>
  [0.003, 0.01, 0.1].map((l2) => ({ ...VERACITY_OPTIONS, classWeightPower, l2 })),
);
