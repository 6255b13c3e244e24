/**
 * Calibration of the veracity model's probabilities on out-of-fold predictions: temperature
 * scaling, the reliability table, expected calibration error and the bar a probability must
 * clear before the product says `likely_true` / `likely_false`.
 */
import { VERACITY_CLASSES, type Veracity } from './credibility-data';

export type Probs = Record<Veracity, number>;

/** Probabilities sharpened (T < 1) or softened (T > 1): softmax(log p / T). */
export function withTemperature(p: Probs, temperature: number): Probs {
  const logs = VERACITY_CLASSES.map((c) => Math.log(Math.max(p[c], 1e-12)) / temperature);
  const max = Math.max(...logs);
  const exps = logs.map((l) => Math.exp(l - max));
  const total = exps.reduce((a, b) => a + b, 0);
  const out = { true: 0, false: 0, unverified: 0 } as Probs;
  VERACITY_CLASSES.forEach((c, k) => (out[c] = (exps[k] as number) / total));
  return out;
}

/** The temperature (grid 0.25..5) with the lowest log-loss on these predictions. */
export function fitTemperature(probs: Probs[], gold: Veracity[]): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.25; t <= 5.0001; t += 0.05) {
    let loss = 0;
    probs.forEach((p, i) => (loss -= Math.log(Math.max(withTemperature(p, t)[gold[i] as Veracity], 1e-12))));
    if (loss < bestLoss) {
      bestLoss = loss;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}

/** The label the product shows: true or false only when its probability clears `bar`. */
export function decide(p: Probs, bar: number): Veracity {
  const lead: Veracity = p.true >= p.false ? 'true' : 'false';
  return p[lead] >= bar ? lead : 'unverified';
}

/**
 * The lowest bar (0.34..0.95) from which on at least `target` of the claims called true or false
 * are right, at that bar and at every higher one that still calls `minShown` claims: a bar that
 * only works on a lucky handful of claims is not a bar. 1 (never call) when none qualifies.
 *
 * @example chooseBar([{ true: 0.9, false: 0.05, unverified: 0.05 }], ['true'], 0.7, 1) // 0.34
 */
export function chooseBar(probs: Probs[], gold: Veracity[], target = 0.7, minShown = 30): number {
  let chosen = 1;
  for (let step = 95; step >= 34; step--) {
    const bar = step / 100;
    let shown = 0;
    let right = 0;
    probs.forEach((p, i) => {
      const d = decide(p, bar);
      if (d === 'unverified') return;
      shown++;
      if (d === gold[i]) right++;
    });
    if (shown < minShown) continue;
    if (right / shown < target) break;
    chosen = bar;
  }
  return chosen;
}

/** One bar per verdict: how sure the model must be before it says likely_true, and likely_false. */
export type Bars = Record<'true' | 'false', number>;

/** The label the product shows with a bar per verdict: the leading verdict only when it clears its own bar. */
export function decideWithBars(p: Probs, bars: Bars): Veracity {
  const lead: 'true' | 'false' = p.true >= p.false ? 'true' : 'false';
  return p[lead] >= bars[lead] ? lead : 'unverified';
}

/**
 * `chooseBar` for each verdict on its own: likely_true and likely_false are different claims
 * with different error rates (out of fold, true calls on PHEME were right far more often than
 * false ones), so one shared bar either lets the weaker through or silences the stronger.
 *
 * @example chooseBars([{ true: 0.9, false: 0.05, unverified: 0.05 }], ['true'], 0.7, 1) // { true: 0.34, false: 1 }
 */
export function chooseBars(probs: Probs[], gold: Veracity[], target = 0.7, minShown = 30): Bars {
  const bars: Bars = { true: 1, false: 1 };
  for (const c of ['true', 'false'] as const) {
    const leads = probs.map((_, i) => i).filter((i) => {
      const p = probs[i] as Probs;
      return c === 'true' ? p.true >= p.false : p.false > p.true;
    });
    // Rows led by the other verdict are never called c: drop them and reuse the shared chooser.
    bars[c] = chooseBar(leads.map((i) => probs[i] as Probs), leads.map((i) => gold[i] as Veracity), target, minShown);
  }
  return bars;
}

export interface ReliabilityBin {
  from: number;
  to: number;
  n: number;
  meanConfidence: number;
  accuracy: number;
}

/**
 * Top-label reliability: each claim's most probable class and its probability, in `bins` equal
 * bins, and the expected calibration error (bin-size-weighted |accuracy − confidence|).
 */
export function reliability(probs: Probs[], gold: Veracity[], bins = 10): { table: ReliabilityBin[]; ece: number } {
  const table: ReliabilityBin[] = Array.from({ length: bins }, (_, b) => ({ from: b / bins, to: (b + 1) / bins, n: 0, meanConfidence: 0, accuracy: 0 }));
  probs.forEach((p, i) => {
    const top = VERACITY_CLASSES.reduce((a, b) => (p[b] > p[a] ? b : a));
    const bin = table[Math.min(bins - 1, Math.floor(p[top] * bins))] as ReliabilityBin;
    bin.n++;
    bin.meanConfidence += p[top];
    if (top === gold[i]) bin.accuracy++;
  });
  let ece = 0;
  for (const b of table) {
    if (b.n === 0) continue;
    b.meanConfidence /= b.n;
    b.accuracy /= b.n;
    ece += (b.n / probs.length) * Math.abs(b.accuracy - b.meanConfidence);
  }
  return { table, ece };
}
