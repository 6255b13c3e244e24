import { featurePosition, type FeatureRow } from './feature-row';
import type { RerankerModel } from './model';

/** Per model: the row position of each of its features (-1: a name this code does not compute). */
const positionsOf = new WeakMap<RerankerModel, Int32Array>();

function positions(model: RerankerModel): Int32Array {
  let found = positionsOf.get(model);
  if (!found) {
    found = new Int32Array(model.features.length);
    model.features.forEach((name, i) => ((found as Int32Array)[i] = featurePosition(name)));
    positionsOf.set(model, found);
  }
  return found;
}

/**
 * The calibrated match probability: a logistic model over a candidate's feature row (see
 * feature-row.ts), fitted on CheckThat! 2020 train (bench/fit-reranker.ts). A feature the model
 * names but this code does not compute counts as 0.
 *
 * @example rerankScore(model, computeFeatures(...).row) // e.g. 0.83
 */
export function rerankScore(model: RerankerModel, row: FeatureRow): number {
  const at = positions(model);
  let z = model.bias;
  for (let i = 0; i < at.length; i++) {
    const p = at[i] as number;
    if (p >= 0) z += (model.weights[i] as number) * (row[p] as number);
  }
  return 1 / (1 + Math.exp(-z));
}
