/**
 * Logistic regression for the reranker (Newton/IRLS with L2). Two losses:
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

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small: features + 1). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[pivot] as number[])[c] as number)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] as number[], m[c] as number[]];
    const row = m[c] as number[];
    const p = (row[c] as number) || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const other = m[r] as number[];
      const f = (other[c] as number) / p;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) other[k] = (other[k] as number) - f * (row[k] as number);
    }
  }
  return m.map((row, i) => (row[n] as number) / ((row[i] as number) || 1e-12));
}

/**
 * L2-regularised logistic regression by Newton's method (IRLS): a handful of exact steps
 * instead of thousands of gradient steps, so the fit converges whatever the feature scales.
 */
function descend(examples: { x: number[]; y: number; weight: number }[], d: number, withBias: boolean, l2: number, iterations = 25): LinearModel {
  const n = d + 1;
  let beta = new Array<number>(n).fill(0);
  const total = examples.reduce((s, e) => s + e.weight, 0) || 1;
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(n).fill(0);
    const hess = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (const e of examples) {
      const x = [withBias ? 1 : 0, ...e.x];
      const p = sigmoid(dot(beta, x));
      const g = (p - e.y) * e.weight;
      const h = p * (1 - p) * e.weight;
      for (let i = 0; i < n; i++) {
        const xi = x[i] as number;
        if (xi === 0) continue;
        grad[i] = (grad[i] as number) + g * xi;
        const row = hess[i] as number[];
        for (let j = 0; j < n; j++) row[j] = (row[j] as number) + h * xi * (x[j] as number);
      }
    }
    for (let i = 0; i < n; i++) {
      grad[i] = (grad[i] as number) / total + (i > 0 ? l2 * (beta[i] as number) : 0);
      const row = hess[i] as number[];
      for (let j = 0; j < n; j++) row[j] = (row[j] as number) / total + (i === j ? (i > 0 ? l2 : 0) + 1e-9 : 0);
    }
    const step = solve(hess, grad);
    beta = beta.map((b, i) => b - (step[i] as number));
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return { bias: withBias ? (beta[0] as number) : 0, w: beta.slice(1) };
}

/** Pointwise logistic regression over every candidate (calibrated on the candidate population). */
export function fitPointwise(queries: QueryRows[], l2: number): LinearModel {
  const examples = queries.flatMap((q) => q.x.map((x, i) => ({ x, y: q.y[i] as number, weight: 1 })));
  return descend(examples, examples[0]?.x.length ?? 0, true, l2);
}

/** Pairwise logistic loss on (gold − other) differences, then Platt scaling on pointwise rows. */
export function fitPairwise(queries: QueryRows[], l2: number): LinearModel {
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
  const ranker = descend(pairs, pairs[0]?.x.length ?? 0, false, l2);
  const margins = queries.flatMap((q) => q.x.map((x, i) => ({ x: [dot(ranker.w, x)], y: q.y[i] as number, weight: 1 })));
  const platt = descend(margins, 1, true, 0);
  const a = platt.w[0] as number;
  return { bias: platt.bias, w: ranker.w.map((v) => v * a) };
}
