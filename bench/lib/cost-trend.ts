/**
 * Whether a long run's per-row cost rises, read from all ten tenths of the run rather than from
 * the first and last tenth alone. On this shared machine the CPU time of the same 100,000 rows
 * moves by ±10% from one tenth to the next without a trend (bench:batch --trace, nineteenth
 * session), so a ratio of two tenths mostly reads which two minutes were slow. A least-squares
 * line through the ten tenths uses every row: its value at the first and at the last tenth is the
 * same question ("flat from the first to the last 10%") with a fifth of the noise's weight on any
 * one tenth, and its slope's standard error gives the ratio an interval.
 */

export interface CostTrend {
  /** The fitted per-row cost at the middle of the first and of the last window. */
  fittedFirst: number;
  fittedLast: number;
  /** fittedLast / fittedFirst, and the same at the ends of the slope's 95% interval. */
  ratio: number;
  ratioLow: number;
  ratioHigh: number;
}

/** Student's t at 97.5% for 1-10 degrees of freedom (a fit of n windows has n - 2). */
const T975 = [NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228];

/**
 * Fits cost = a + b·window over equal windows (index 0..n-1) and compares the line's ends.
 * Returns null for fewer than three windows or any window without a figure.
 *
 * @example costTrend([500, 510, 520, 530, 540, 550, 560, 570, 580, 590])?.ratio // 1.18
 */
export function costTrend(perWindow: readonly number[]): CostTrend | null {
  const n = perWindow.length;
  if (n < 3 || n - 2 >= T975.length || perWindow.some((y) => !Number.isFinite(y))) return null;
  const meanX = (n - 1) / 2;
  const meanY = perWindow.reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  perWindow.forEach((y, x) => {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (y - meanY);
  });
  const slope = sxy / sxx;
  const residual = perWindow.reduce((s, y, x) => s + (y - meanY - slope * (x - meanX)) ** 2, 0);
  const slopeSe = Math.sqrt(residual / (n - 2) / sxx);
  // With x centred, the mean and the slope are uncorrelated, so the interval comes from the slope's.
  const half = meanX;
  const ratioAt = (b: number) => (meanY + b * half) / (meanY - b * half);
  const t = T975[n - 2] as number;
  return {
    fittedFirst: meanY - slope * half,
    fittedLast: meanY + slope * half,
    ratio: ratioAt(slope),
    ratioLow: ratioAt(slope - t * slopeSe),
    ratioHigh: ratioAt(slope + t * slopeSe),
  };
}
