/** Classification metrics for the credibility benchmark. */

export interface Scores {
  macroF1: number;
  accuracy: number;
  perClassF1: Record<string, number>;
  n: number;
}

/** Macro-F1 over `classes` (a class never predicted and never present counts F1 = 0) and accuracy. */
export function classificationScores(gold: string[], pred: string[], classes: readonly string[]): Scores {
  const perClassF1: Record<string, number> = {};
  let correct = 0;
  gold.forEach((g, i) => {
    if (g === pred[i]) correct++;
  });
  for (const c of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = pred[i];
      if (p === c && g === c) tp++;
      else if (p === c) fp++;
      else if (g === c) fn++;
    });
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    perClassF1[c] = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  }
  const macroF1 = classes.reduce((s, c) => s + (perClassF1[c] ?? 0), 0) / classes.length;
  return { macroF1, accuracy: gold.length ? correct / gold.length : 0, perClassF1, n: gold.length };
}

/** The most frequent label of `gold` (ties: first in `classes`). */
export function majorityLabel(gold: string[], classes: readonly string[]): string {
  let best = classes[0] ?? '';
  let bestCount = -1;
  for (const c of classes) {
    const count = gold.filter((g) => g === c).length;
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  return best;
}

/** Seeded PRNG (mulberry32) for bootstrap and shuffling: results repeat run to run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 95% bootstrap interval of macro-F1 (1,000 resamples, fixed seed). */
export function bootstrapMacroF1(gold: string[], pred: string[], classes: readonly string[], seed = 7): [number, number] {
  const rng = mulberry32(seed);
  const values: number[] = [];
  for (let b = 0; b < 1000; b++) {
    const g: string[] = [];
    const p: string[] = [];
    for (let i = 0; i < gold.length; i++) {
      const j = Math.floor(rng() * gold.length);
      g.push(gold[j] as string);
      p.push(pred[j] as string);
    }
    values.push(classificationScores(g, p, classes).macroF1);
  }
  values.sort((a, b) => a - b);
  return [values[25] ?? 0, values[974] ?? 0];
}
