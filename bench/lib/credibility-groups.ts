/** Grouped folds and the grouped bootstrap: rows of one event or thread always travel together. */
import { classificationScores, mulberry32 } from './credibility-metrics';

/** Fold index per group: groups sorted, then dealt round-robin after a seeded shuffle. */
export function groupFolds(groups: string[], k: number, seed = 3): Map<string, number> {
  const unique = [...new Set(groups)].sort();
  const rng = mulberry32(seed);
  for (let i = unique.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [unique[i], unique[j]] = [unique[j] as string, unique[i] as string];
  }
  return new Map(unique.map((g, i) => [g, i % k]));
}

/**
 * 95% interval of macro-F1 resampling whole groups (events or threads) with replacement, 1,000
 * times: rows of one event are not independent, so resampling rows would understate the spread.
 */
export function groupBootstrapMacroF1(gold: string[], pred: string[], groups: string[], classes: readonly string[], seed = 7): [number, number] {
  const byGroup = new Map<string, number[]>();
  groups.forEach((g, i) => byGroup.set(g, [...(byGroup.get(g) ?? []), i]));
  const keys = [...byGroup.keys()].sort();
  const rng = mulberry32(seed);
  const values: number[] = [];
  for (let b = 0; b < 1000; b++) {
    const g: string[] = [];
    const p: string[] = [];
    for (let n = 0; n < keys.length; n++) {
      for (const i of byGroup.get(keys[Math.floor(rng() * keys.length)] as string) as number[]) {
        g.push(gold[i] as string);
        p.push(pred[i] as string);
      }
    }
    values.push(classificationScores(g, p, classes).macroF1);
  }
  values.sort((a, b) => a - b);
  return [values[25] ?? 0, values[974] ?? 0];
}
