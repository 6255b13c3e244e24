import { costTrend } from '../../../bench/lib/cost-trend';

describe('costTrend', () => {
  it('reads a steady rise off its line, with no interval to speak of when the fit is exact', () => {
    const trend = costTrend([500, 510, 520, 530, 540, 550, 560, 570, 580, 590]);
    expect(trend?.fittedFirst).toBeCloseTo(500);
    expect(trend?.fittedLast).toBeCloseTo(590);
    expect(trend?.ratio).toBeCloseTo(1.18);
    expect(trend?.ratioLow).toBeCloseTo(1.18);
    expect(trend?.ratioHigh).toBeCloseTo(1.18);
  });

  it('gives one cheap first tenth less say than a first / last ratio gives it', () => {
    // First / last alone: 600 / 500 = 1.2; the line through all ten rises far less.
    const trend = costTrend([500, 600, 600, 600, 600, 600, 600, 600, 600, 600]);
    expect(trend?.ratio).toBeGreaterThan(1);
    expect(trend?.ratio).toBeLessThan(1.1);
    // Its interval is wide: nine equal tenths and one outlier say little about a slope.
    expect(trend?.ratioLow).toBeLessThan(1);
    expect(trend?.ratioHigh).toBeGreaterThan(1.1);
  });

  it('brackets its estimate: noise around a flat cost', () => {
    const trend = costTrend([678, 666, 582, 693, 609, 575, 607, 645, 691, 680]);
    expect(trend?.ratio).toBeGreaterThan(0.95);
    expect(trend?.ratio).toBeLessThan(1.1);
    expect(trend?.ratioLow).toBeLessThan(trend?.ratio as number);
    expect(trend?.ratioHigh).toBeGreaterThan(trend?.ratio as number);
  });

  it('says nothing without three measured windows', () => {
    expect(costTrend([500, 600])).toBeNull();
    expect(costTrend([500, NaN, 600, 700])).toBeNull();
  });
});

describe('costTrend at a steady machine speed', () => {
  it('tells a machine that slows down from a run whose rows get dearer', () => {
    // The machine slows through the run (the probe's cost rises) and the rows cost exactly what
    // the machine's speed says: over time the cost rises a fifth, at a steady speed not at all.
    const probe = [10, 10.5, 10.2, 11, 11.4, 11.1, 11.8, 12.3, 11.9, 12.5];
    const cost = probe.map((p) => 50 * p);
    expect(costTrend(cost)?.ratio).toBeGreaterThan(1.15);
    const steady = costTrend(cost, probe);
    expect(steady?.ratio).toBeCloseTo(1);
  });

  it('keeps a real rise that the machine does not explain', () => {
    const probe = [12, 10, 11, 12, 10, 11, 12, 10, 11, 12];
    const cost = probe.map((p, k) => 40 * p + 10 * k);
    const steady = costTrend(cost, probe);
    // 40·11.1 + 10·0 = 444 at the first tenth's line, + 90 at the last.
    expect(steady?.fittedLast as number - (steady?.fittedFirst as number)).toBeCloseTo(90);
    expect(steady?.ratio).toBeGreaterThan(1.15);
  });

  it('needs a speed for every window', () => {
    expect(costTrend([500, 510, 520, 530], [1, 2, NaN, 3])).toBeNull();
    expect(costTrend([500, 510, 520, 530], [1, 2, 3])).toBeNull();
  });
});
