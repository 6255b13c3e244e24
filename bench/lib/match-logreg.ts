/**
 * Logistic regression for the reranker, by full-batch gradient descent with L2. Two losses:
 * pointwise (each candidate is an example) and pairwise (gold minus each other candidate of the
 * same query, RankNet-style). The pairwise fit ranks; a Platt step on pointwise rows then maps
 * its margin to a probability.
 */

export interface QueryRows {
  /** Feature vectors of a query's candidates. */
  x: number[][];
  /** 1 for gold candidates. */
  y: number[];
}

export interface LinearModel {
  bias: number;
  w: number[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const dot = (w: number[], x: number[]) => x.reduce((s, v, i) => s + v * (w[i] as number), 0);

function descend(examples: { x: number[]; y: number; weight: number }[], d: number, withBias: boolean, l2: number, epochs: number, rate: number): LinearModel {
  let bias = 0;
  const w = new Array<number>(d).fill(0);
  const total = examples.reduce((s, e) => s + e.weight, 0) || 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    let gb = 0;
    const gw = new Array<number>(d).fill(0);
    for (const e of examples) {
      const err = (sigmoid(bias + dot(w, e.x)) - e.y) * e.weight;
      gb += err;
      for (let i = 0; i < d; i++) gw[i] = (gw[i] as number) + err * (e.x[i] as number);
    }
    if (withBias) bias -= (rate * gb) / total;
    for (let i = 0; i < d; i++) w[i] = (w[i] as number) - rate * ((gw[i] as number) / total + l2 * (w[i] as number));
  }
  return { bias, w };
}

/** Pointwise logistic regression over every candidate (calibrated on the candidate population). */
export function fitPointwise(queries: QueryRows[], l2: number, epochs = 1500, rate = 1): LinearModel {
  const examples = queries.flatMap((q) => q.x.map((x, i) => ({ x, y: q.y[i] as number, weight: 1 })));
  return descend(examples, examples[0]?.x.length ?? 0, true, l2, epochs, rate);
}

/** Pairwise logistic loss on (gold − other) differences, then Platt scaling on pointwise rows. */
export function fitPairwise(queries: QueryRows[], l2: number, epochs = 1500, rate = 1): LinearModel {
  const pairs: { x: number[]; y: number; weight: number }[] = [];
  for (const q of queries) {
    q.y.forEach((yi, i) => {
      if (yi !== 1) return;
      const others = q.x.filter((_x, j) => q.y[j] !== 1);
      // Each query weighs the same whatever its candidate count; half the pairs flipped so the
      // loss sees both labels (the bias stays at zero by symmetry).
      others.forEach((xo, j) => {
        const diff = (q.x[i] as number[]).map((v, k) => v - (xo[k] as number));
        const flip = j % 2 === 1;
        pairs.push({ x: flip ? diff.map((v) => -v) : diff, y: flip ? 0 : 1, weight: 1 / others.length });
      });
    });
  }
  const ranker = descend(pairs, pairs[0]?.x.length ?? 0, false, l2, epochs, rate);
  const margins = queries.flatMap((q) => q.x.map((x, i) => ({ x: [dot(ranker.w, x)], y: q.y[i] as number, weight: 1 })));
  const platt = descend(margins, 1, true, 0, 800, 1);
  const a = platt.w[0] as number;
  return { bias: platt.bias, w: ranker.w.map((v) => v * a) };
}
