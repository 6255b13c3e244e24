import { prepareText, type PreparedText } from './cluster-text';
import { PAIR_FEATURE_NAMES, pairFeatures, type IdfLookup } from './pair-features';

/**
 * A fitted pair model, plain data as stored in `data/models/cluster-pair.json` (the caller reads
 * the file; the core never does). Logistic regression over {@link PAIR_FEATURE_NAMES}, each
 * feature given as its value plus one step indicator per bin edge, so a linear model can bend
 * (a Dice of 0.5 means much less than half of a Dice of 1).
 */
export interface PairModel {
  version: string;
  provenance?: string;
  /** Feature names the weights refer to; must equal PAIR_FEATURE_NAMES. */
  features: string[];
  binEdges: number[];
  /** Per feature: [value weight, then one weight per bin edge]. */
  weights: number[];
  bias: number;
  /** Score from which two posts carry the same claim. */
  threshold: number;
  /** Document frequencies of stems in the fitting corpus (stems seen fewer than `minDf` times are left out and count as `minDf - 1`). */
  idf: { documents: number; minDf: number; df: Record<string, number> };
}

/** A model ready to score prepared texts (the IDF table as a Map, checked once). */
export interface CompiledPairModel {
  readonly model: PairModel;
  readonly threshold: number;
  readonly idf: IdfLookup;
  /** Score in (0, 1) that two prepared texts carry the same claim. */
  score(a: PreparedText, b: PreparedText): number;
}

/** Expands raw features into the model's inputs: value, then x >= edge for each edge. */
export function expandFeatures(features: readonly number[], binEdges: readonly number[]): number[] {
  const out: number[] = [];
  for (const x of features) {
    out.push(x);
    for (const edge of binEdges) out.push(x >= edge ? 1 : 0);
  }
  return out;
}

/** Builds the IDF lookup of a document-frequency table. */
export function idfLookup(table: PairModel['idf']): IdfLookup {
  const df = new Map(Object.entries(table.df));
  const unseen = Math.max(0, table.minDf - 1);
  return (stem) => Math.log((table.documents + 1) / ((df.get(stem) ?? unseen) + 1));
}

/** Checks a model against this code's features and prepares it for scoring. Throws on a stale model file. */
export function compilePairModel(model: PairModel): CompiledPairModel {
  const sameFeatures = model.features.length === PAIR_FEATURE_NAMES.length && model.features.every((f, i) => f === PAIR_FEATURE_NAMES[i]);
  if (!sameFeatures || model.weights.length !== PAIR_FEATURE_NAMES.length * (1 + model.binEdges.length)) {
    throw new Error(`cluster pair model ${model.version} does not fit this code's features [${PAIR_FEATURE_NAMES.join(', ')}]`);
  }
  const idf = idfLookup(model.idf);
  const weights = Float64Array.from(model.weights);
  const edges = model.binEdges;
  return {
    model,
    threshold: model.threshold,
    idf,
    score(a, b) {
      const features = pairFeatures(a, b, idf);
      let z = model.bias;
      let k = 0;
      for (const x of features) {
        z += (weights[k++] as number) * x;
        for (const edge of edges) z += x >= edge ? (weights[k++] as number) : (k++, 0);
      }
      return 1 / (1 + Math.exp(-z));
    },
  };
}

const compiled = new WeakMap<PairModel, CompiledPairModel>();

/**
 * Pair similarity of two raw post texts under a fitted model; compare it with `model.threshold`.
 *
 * @example pairSimilarity('Elm St bridge closed', 'elm street bridge is closed!!', model) >= model.threshold // true
 */
export function pairSimilarity(a: string, b: string, model: PairModel): number {
  let ready = compiled.get(model);
  if (!ready) {
    ready = compilePairModel(model);
    compiled.set(model, ready);
  }
  return ready.score(prepareText(a), prepareText(b));
}
