import type { RerankerModel } from './model';

/**
 * The calibrated match probability: a logistic model over the features, fitted on CheckThat!
 * 2020 train (bench/fit-reranker.ts). Features missing from the record count as 0.
 *
 * @example rerankScore(model, { queryCoverage: 0.9, dice: 0.6 }) // e.g. 0.83
 */
export function rerankScore(model: RerankerModel, features: Record<string, number>): number {
  let z = model.bias;
  const names = model.features;
  for (let i = 0; i < names.length; i++) z += (model.weights[i] as number) * (features[names[i] as string] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
