import { chooseBar, chooseBars, decide, decideWithBars, fitTemperature, reliability, withTemperature, type Probs } from '../../../bench/lib/credibility-calibration';
import type { Veracity } from '../../../bench/lib/credibility-data';
import { groupBootstrapMacroF1 } from '../../../bench/lib/credibility-groups';

const p = (t: number, f: number): Probs => ({ true: t, false: f, unverified: 1 - t - f });

describe('calibration on out-of-fold predictions', () => {
  it('an over-confident model gets a temperature above 1', () => {
    // Says 0.9 but is right only 6 times in 10.
    const probs = Array.from({ length: 10 }, () => p(0.9, 0.05));
    const gold: Veracity[] = [...Array(6).fill('true'), ...Array(4).fill('false')];
    expect(fitTemperature(probs, gold)).toBeGreaterThan(1.5);
    expect(withTemperature(p(0.9, 0.05), 3).true).toBeLessThan(0.9);
  });

  it('ECE is zero when confidence equals accuracy, and the table counts every claim', () => {
    const probs = Array.from({ length: 10 }, () => p(0.7, 0.2));
    const gold: Veracity[] = [...Array(7).fill('true'), ...Array(3).fill('false')];
    const r = reliability(probs, gold);
    expect(r.ece).toBeCloseTo(0, 6);
    expect(r.table.reduce((s, b) => s + b.n, 0)).toBe(10);
    expect(reliability(probs, Array(10).fill('false')).ece).toBeCloseTo(0.7, 6);
  });

  it('the bar is the lowest at which 70% of calls are right, or never', () => {
    const probs = [...Array.from({ length: 40 }, () => p(0.8, 0.1)), ...Array.from({ length: 40 }, () => p(0.5, 0.1))];
    const gold: Veracity[] = [...Array(32).fill('true'), ...Array(8).fill('false'), ...Array(20).fill('true'), ...Array(20).fill('false')];
    const bar = chooseBar(probs, gold, 0.7, 30);
    expect(bar).toBeGreaterThan(0.5);
    expect(bar).toBeLessThanOrEqual(0.8);
    expect(decide(p(0.5, 0.1), bar)).toBe('unverified');
    expect(chooseBar(probs, Array(80).fill('false'), 0.7, 30)).toBe(1);
  });

  it('each verdict gets its own bar: reliable true calls are shown, unreliable false ones are not', () => {
    // 40 true-led claims at 0.8, 32 of them true; 40 false-led claims at 0.8, only 20 of them false.
    const probs = [...Array.from({ length: 40 }, () => p(0.8, 0.1)), ...Array.from({ length: 40 }, () => p(0.1, 0.8))];
    const gold: Veracity[] = [...Array(32).fill('true'), ...Array(8).fill('unverified'), ...Array(20).fill('false'), ...Array(20).fill('true')];
    const bars = chooseBars(probs, gold, 0.7, 30);
    expect(bars.false).toBe(1);
    expect(bars.true).toBeLessThanOrEqual(0.8);
    expect(decideWithBars(p(0.8, 0.1), bars)).toBe('true');
    expect(decideWithBars(p(0.1, 0.8), bars)).toBe('unverified');
    // One shared bar cannot separate them: 52 of 80 calls right (65%) at every bar, so it never calls.
    expect(chooseBar(probs, gold, 0.7, 30)).toBe(1);
  });

  it('a verdict with fewer calls than the minimum gets no bar, however right they were', () => {
    const probs = [...Array.from({ length: 10 }, () => p(0.1, 0.85)), ...Array.from({ length: 40 }, () => p(0.85, 0.1))];
    const gold: Veracity[] = [...Array(10).fill('false'), ...Array(40).fill('true')];
    expect(chooseBars(probs, gold, 0.7, 30)).toEqual({ true: 0.34, false: 1 });
  });

  it('the grouped bootstrap interval is wider when the errors sit in one group', () => {
    const classes = ['true', 'false', 'unverified'];
    const gold = Array.from({ length: 200 }, (_, i) => classes[i % 3] as string);
    // Event 0 (rows 0..19) is all wrong, the other nine events all right.
    const pred = gold.map((g, i) => (i < 20 ? classes[(i + 1) % 3] as string : g));
    const [rowLo, rowHi] = groupBootstrapMacroF1(gold, pred, gold.map((_, i) => String(i)), classes);
    const [grpLo, grpHi] = groupBootstrapMacroF1(gold, pred, gold.map((_, i) => String(Math.floor(i / 20))), classes);
    expect(grpHi - grpLo).toBeGreaterThan(1.5 * (rowHi - rowLo));
    expect(grpHi).toBe(1);
  });
});
