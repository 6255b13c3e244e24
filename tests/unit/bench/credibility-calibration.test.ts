import { chooseBar, decide, fitTemperature, reliability, withTemperature, type Probs } from '../../../bench/lib/credibility-calibration';
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
