/** Grouped folds and the grouped bootstrap: rows of one event or thread always travel together. */
import { classificationScores, mulberry32 } from './credibility-metrics';
import { groupBootstrapInterval } from './group-bootstrap';

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
 * Groups are drawn in sorted order of their names, so an interval does not depend on row order.
 */
export function groupBootstrapMacroF1(gold: string[], pred: string[], groups: string[], classes: readonly string[], seed = 7): [number, number] {
  const order = groups.map((_, i) => i).sort((a, b) => ((groups[a] as string) < (groups[b] as string) ? -1 : (groups[a] as string) > (groups[b] as string) ? 1 : a - b));
  return groupBootstrapInterval(
    order.map((i) => groups[i] as string),
    (picked) => classificationScores(picked.map((k) => gold[order[k] as number] as string), picked.map((k) => pred[order[k] as number] as string), classes).macroF1,
    { resamples: 1000, seed },
  );
}
