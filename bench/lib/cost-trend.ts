/**
 * Whether a long run's per-row cost rises, read from all ten tenths of the run rather than from
 * the first and last tenth alone. On this shared machine the CPU time of the same 100,000 rows
 * moves by ±10% from one tenth to the next without a trend (bench:batch --trace, nineteenth
 * session), so a ratio of two tenths mostly reads which two minutes were slow. A least-squares
 * line through the ten tenths uses every row: its value at the first and at the last tenth is the
 * same question ("flat from the first to the last 10%") with less weight on any one tenth, and its
 * slope's standard error gives the ratio an interval.
 *
 * The machine's speed also drifts for minutes at a time (490 -> 810 µs a row over one run, with
 * other runs flat), which a line through time cannot tell from a rise. Given a measure of the
 * machine's speed in each window (bench/lib/speed-probe.ts), the fit takes it as a second
 * variable: the slope is then the rise at a steady machine speed.
 */

export interface CostTrend {
  /** The fitted per-row cost at the middle of the first and of the last window (at the mean machine speed, with a covariate). */
  fittedFirst: number;
  fittedLast: number;
  /** fittedLast / fittedFirst, and the same at the ends of the slope's 95% interval. */
  ratio: number;
  ratioLow: number;
  ratioHigh: number;
}

/** Student's t at 97.5% for 1-20 degrees of freedom. */
const T975 = [NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086];

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/**
 * Fits cost = a + b·window (+ c·covariate) over equal windows (index 0..n-1) and compares the
 * line's ends. Returns null when there are too few windows for the fit or any figure is missing.
 *
 * @example costTrend([500, 510, 520, 530, 540, 550, 560, 570, 580, 590])?.ratio // 1.18
 */
export function costTrend(perWindow: readonly number[], covariate?: readonly number[]): CostTrend | null {
  const n = perWindow.length;
  const parameters = covariate ? 3 : 2;
  const df = n - parameters;
  if (df < 1 || df >= T975.length || perWindow.some((y) => !Number.isFinite(y))) return null;
  if (covariate && (covariate.length !== n || covariate.some((z) => !Number.isFinite(z)))) return null;
  const meanX = (n - 1) / 2;
  const meanY = mean(perWindow);
  const xs = perWindow.map((_, x) => x - meanX);
  const ys = perWindow.map((y) => y - meanY);
  const zs = covariate ? covariate.map((z) => z - mean(covariate)) : perWindow.map(() => 0);
  const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * (b[i] as number), 0);
  const [sxx, sxz, szz, sxy, szy] = [dot(xs, xs), dot(xs, zs), dot(zs, zs), dot(xs, ys), dot(zs, ys)];
  // Centred variables leave the intercept at the mean; the two slopes solve a 2x2 system.
  const det = covariate ? sxx * szz - sxz * sxz : sxx;
  if (!(det > 0)) return null;
  const slope = covariate ? (sxy * szz - szy * sxz) / det : sxy / sxx;
  const speed = covariate ? (szy * sxx - sxy * sxz) / det : 0;
  const residual = ys.reduce((s, y, i) => s + (y - slope * (xs[i] as number) - speed * (zs[i] as number)) ** 2, 0);
  const slopeSe = Math.sqrt((residual / df) * (covariate ? szz / det : 1 / sxx));
  // With x centred, the mean and the slope are uncorrelated, so the interval comes from the slope's.
  const ratioAt = (b: number) => (meanY + b * meanX) / (meanY - b * meanX);
  const t = T975[df] as number;
  return {
    fittedFirst: meanY - slope * meanX,
    fittedLast: meanY + slope * meanX,
    ratio: ratioAt(slope),
    ratioLow: ratioAt(slope - t * slopeSe),
    ratioHigh: ratioAt(slope + t * slopeSe),
  };
}
