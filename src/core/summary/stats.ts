/**
 * The middle value; the mean of the two middle values for an even count; null when empty.
 *
 * @example median([5, 1, 3, 10]) // 4
 */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * Nearest-rank percentile: the smallest value with at least p% of values at or below it. It is
 * always an observed value, so "9 in 10 rumors were answered within X" holds literally.
 *
 * @example percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 90) // 90
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1] as number;
}

/** A figure for this period next to the same figure for the period before. */
export interface Delta {
  current: number;
  previous: number;
  change: number;
  /** Percent change, one decimal; null when the previous period had zero. */
  changePct: number | null;
}

/** @example delta(12, 8) // {current: 12, previous: 8, change: 4, changePct: 50} */
export function delta(current: number, previous: number): Delta {
  return {
    current,
    previous,
    change: current - previous,
    changePct: previous === 0 ? null : Math.round(((current - previous) / previous) * 1000) / 10,
  };
}

/** Rounds to `digits` decimals (for rates that go into JSON and templates). */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
