/**
 * A small multinomial logistic regression trainer for the fitting script (never used at run
 * time: the core only evaluates fitted weights). Sparse inputs, per-sample weights for class
 * imbalance, L2 penalty, AdaGrad mini-batch updates with a seeded shuffle so fits repeat exactly.
 */
import { mulberry32 } from './credibility-metrics';

export interface LogRegOptions {
  classes: number;
  l2: number;
  epochs: number;
  learningRate: number;
  seed: number;
  batchSize?: number;
}

export interface LogRegWeights {
  bias: number[];
  /** feature index → weight per class */
  weights: Float64Array[];
}

export interface SparseExample {
  indices: number[];
  values: number[];
  label: number;
  weight: number;
}

export function trainLogReg(examples: SparseExample[], featureCount: number, o: LogRegOptions): LogRegWeights {
  const K = o.classes;
  const weights = Array.from({ length: featureCount }, () => new Float64Array(K));
  const grad2 = Array.from({ length: featureCount }, () => new Float64Array(K).fill(1e-8));
  const bias = new Array<number>(K).fill(0);
  const biasG2 = new Array<number>(K).fill(1e-8);
  const rng = mulberry32(o.seed);
  const order = examples.map((_, i) => i);
  const batch = o.batchSize ?? 16;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (let start = 0; start < order.length; start += batch) {
      const gW = new Map<number, Float64Array>();
      const gB = new Array<number>(K).fill(0);
      for (let b = start; b < Math.min(start + batch, order.length); b++) {
        const ex = examples[order[b] as number] as SparseExample;
        const logits = bias.slice();
        ex.indices.forEach((f, n) => {
          const w = weights[f] as Float64Array;
          for (let k = 0; k < K; k++) logits[k] = (logits[k] as number) + (w[k] as number) * (ex.values[n] as number);
        });
        const max = Math.max(...logits);
        const exps = logits.map((z) => Math.exp(z - max));
        const total = exps.reduce((a, c) => a + c, 0);
        for (let k = 0; k < K; k++) {
          const err = ((exps[k] as number) / total - (k === ex.label ? 1 : 0)) * ex.weight;
          gB[k] = (gB[k] as number) + err;
          ex.indices.forEach((f, n) => {
            let g = gW.get(f);
            if (!g) {
              g = new Float64Array(K);
              gW.set(f, g);
            }
            g[k] = (g[k] as number) + err * (ex.values[n] as number);
          });
        }
      }
      // L2 is applied lazily, only to the features seen in this batch: rare n-grams are shrunk
      // less often, which keeps the sparse update cheap.
      for (const [f, g] of gW) {
        const w = weights[f] as Float64Array;
        const g2 = grad2[f] as Float64Array;
        for (let k = 0; k < K; k++) {
          const grad = (g[k] as number) + o.l2 * (w[k] as number);
          g2[k] = (g2[k] as number) + grad * grad;
          w[k] = (w[k] as number) - (o.learningRate * grad) / Math.sqrt(g2[k] as number);
        }
      }
      for (let k = 0; k < K; k++) {
        biasG2[k] = (biasG2[k] as number) + (gB[k] as number) ** 2;
        bias[k] = (bias[k] as number) - (o.learningRate * (gB[k] as number)) / Math.sqrt(biasG2[k] as number);
      }
    }
  }
  return { bias, weights };
}

/** Class weights inversely proportional to frequency (sklearn's "balanced"), raised to `power`. */
export function balancedClassWeights(labels: number[], classes: number, power = 1): number[] {
  const counts = new Array<number>(classes).fill(0);
  for (const l of labels) counts[l] = (counts[l] as number) + 1;
  return counts.map((c) => (c === 0 ? 0 : (labels.length / (classes * c)) ** power));
}
