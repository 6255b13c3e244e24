/** The grouped bootstrap shared by the stance and credibility benchmarks. */
import { mulberry32 } from './credibility-metrics';

/**
 * 95% percentile interval of a metric when whole groups (claims, stories) are resampled with
 * replacement, so pairs of one story never count as independent evidence. `metricOfIndices`
 * gets the pair indices of one resample (a group drawn twice contributes its pairs twice).
 * Seeded: the same inputs give the same interval on every run.
 *
 * @example groupBootstrapInterval(groups, (idx) => stanceScores(idx.map((i) => gold[i]), idx.map((i) => pred[i])).macroF1, { resamples: 1000, seed: 7 })
 */
export function groupBootstrapInterval(groups: readonly string[], metricOfIndices: (indices: number[]) => number, options: { resamples?: number; seed?: number } = {}): [number, number] {
  const resamples = options.resamples ?? 1000;
  const rng = mulberry32(options.seed ?? 7);
  const members = new Map<string, number[]>();
  groups.forEach((g, i) => {
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  const lists = [...members.values()];
  if (!lists.length || resamples < 1) return [0, 0];
  const values: number[] = [];
  for (let b = 0; b < resamples; b++) {
    const indices: number[] = [];
    for (let k = 0; k < lists.length; k++) indices.push(...(lists[Math.floor(rng() * lists.length)] as number[]));
    values.push(metricOfIndices(indices));
  }
  values.sort((a, b) => a - b);
  // The 2.5th and 97.5th percentiles: indices 25 and 974 of 1,000, as bootstrapMacroF1 uses.
  const n = values.length;
  return [values[Math.floor(0.025 * n)] as number, values[Math.max(0, Math.ceil(0.975 * n) - 1)] as number];
}
