/**
 * Pair corpora for the clustering benchmarks: loading the URL corpus / PIT-2015 CSVs, binary
 * F1 of the paraphrase class, threshold search, and a Newton-method logistic fit (few dense
 * features, so an exact solve beats SGD and repeats bit for bit).
 */
import fs from 'fs';
import path from 'path';
import { parse } from 'csv-parse/sync';

export interface PairRow {
  pairId: string;
  a: string;
  b: string;
  /** 1 paraphrase, 0 not, null unlabelled or debatable (left out of scoring). */
  label: 0 | 1 | null;
}

export function benchDir(): string {
  return process.env.RUMORDESK_BENCH_DIR ?? path.resolve(__dirname, '../../../shared/bench');
}

/** Reads a pair CSV with columns pair_id, sent_1, sent_2 and, when `withLabels`, label. */
export function readPairs(file: string, withLabels: boolean): PairRow[] {
  const records = parse(fs.readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return records.map((r) => {
    const raw = withLabels ? r.label : undefined;
    const label = raw === 'paraphrase' ? 1 : raw === 'non_paraphrase' ? 0 : null;
    return { pairId: r.pair_id ?? '', a: r.sent_1 ?? '', b: r.sent_2 ?? '', label };
  });
}

export interface BinaryScores {
  f1: number;
  precision: number;
  recall: number;
  n: number;
}

export function binaryScores(gold: (0 | 1)[], predicted: boolean[]): BinaryScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    if (predicted[i] && g === 1) tp++;
    else if (predicted[i]) fp++;
    else if (g === 1) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precision, recall, n: gold.length };
}

/** The threshold (among the observed scores) with the best F1; ties go to the higher threshold. */
export function bestThreshold(scores: number[], gold: (0 | 1)[]): { threshold: number; f1: number } {
  const order = scores.map((_s, i) => i).sort((x, y) => (scores[y] as number) - (scores[x] as number));
  const positives = gold.filter((g) => g === 1).length;
  let tp = 0;
  let predicted = 0;
  let best = { threshold: 1, f1: 0 };
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    predicted++;
    if (gold[i] === 1) tp++;
    const next = order[k + 1];
    if (next !== undefined && scores[next] === scores[i]) continue;
    const f1 = (2 * tp) / (predicted + positives);
    if (f1 > best.f1) best = { threshold: scores[i] as number, f1 };
  }
  return best;
}

/** Logistic regression by Newton's method with an L2 penalty (bias unpenalised). */
export function fitLogistic(x: number[][], y: (0 | 1)[], l2: number, iterations = 25): { weights: number[]; bias: number } {
  const d = (x[0]?.length ?? 0) + 1;
  const w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    x.forEach((row, n) => {
      const v = [1, ...row];
      const z = v.reduce((s, vi, j) => s + vi * (w[j] as number), 0);
      const p = 1 / (1 + Math.exp(-z));
      const r = p - (y[n] as number);
      const s = p * (1 - p);
      for (let j = 0; j < d; j++) {
        grad[j] = (grad[j] as number) + r * (v[j] as number);
        const hj = hess[j] as number[];
        for (let k = 0; k < d; k++) hj[k] = (hj[k] as number) + s * (v[j] as number) * (v[k] as number);
      }
    });
    for (let j = 1; j < d; j++) {
      grad[j] = (grad[j] as number) + l2 * (w[j] as number);
      (hess[j] as number[])[j] = ((hess[j] as number[])[j] as number) + l2;
    }
    const step = solve(hess, grad);
    let change = 0;
    for (let j = 0; j < d; j++) {
      w[j] = (w[j] as number) - (step[j] as number);
      change = Math.max(change, Math.abs(step[j] as number));
    }
    if (change < 1e-9) break;
  }
  return { bias: w[0] as number, weights: w.slice(1) };
}

/** Gaussian elimination with partial pivoting (d ≈ 10). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[pivot] as number[])[c] as number)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] as number[], m[c] as number[]];
    const pr = m[c] as number[];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const row = m[r] as number[];
      const f = (row[c] as number) / (pr[c] as number);
      for (let k = c; k <= n; k++) row[k] = (row[k] as number) - f * (pr[k] as number);
    }
  }
  return m.map((row, i) => (row[n] as number) / (row[i] as number));
}
