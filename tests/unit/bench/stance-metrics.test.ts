// Scores of the stance benchmark on hand-made cases whose values are worked out in the comments.
import { groupBootstrapInterval } from '../../../bench/lib/group-bootstrap';
import { fncLabel, fncScore, stanceScores, type Predicted } from '../../../bench/lib/stance-metrics';
import type { GoldStance } from '../../../bench/lib/stance-data';

describe('stanceScores', () => {
  // gold S S C C N N, pred S C S U N S
  // supports: tp 1, predicted 3 (pairs 0, 2, 5), gold 2 → P 1/3, R 1/2, F1 0.4
  // contradicts: tp 0 → F1 0
  // not_addressed (unclear counts): tp 1 (pair 4), predicted 2 (pairs 3, 4), gold 2 → P 1/2, R 1/2, F1 0.5
  const gold: GoldStance[] = ['supports', 'supports', 'contradicts', 'contradicts', 'not_addressed', 'not_addressed'];
  const pred: Predicted[] = ['supports', 'contradicts', 'supports', 'unclear', 'not_addressed', 'supports'];
  const s = stanceScores(gold, pred);

  it('computes macro-F1 over three labels, scoring unclear as not_addressed', () => {
    expect(s.perClass.supports?.precision).toBeCloseTo(1 / 3);
    expect(s.perClass.supports?.f1).toBeCloseTo(0.4);
    expect(s.perClass.contradicts?.f1).toBe(0);
    expect(s.perClass.not_addressed?.f1).toBeCloseTo(0.5);
    expect(s.macroF1).toBeCloseTo(0.3);
    expect(s.accuracy).toBeCloseTo(2 / 6);
  });

  it('keeps unclear as its own column of the confusion matrix', () => {
    expect(s.confusion.contradicts).toEqual({ supports: 1, contradicts: 0, not_addressed: 0, unclear: 1 });
    expect(s.confusion.not_addressed).toEqual({ supports: 1, contradicts: 0, not_addressed: 1, unclear: 0 });
    expect(s.unclearRate).toBeCloseTo(1 / 6);
  });

  it('counts supports for a gold contradicts as dangerous, with its share of gold contradicts', () => {
    expect(s.dangerous).toEqual({ count: 1, share: 0.5 });
  });

  it('averages over the labels present in gold only (COVID-Fact has no not_addressed)', () => {
    // supports: tp 1, predicted 2, gold 1 → P 1/2, R 1, F1 2/3; contradicts: never predicted → F1 0.
    // The not_addressed answer is a miss but adds no third class to the average: (2/3 + 0) / 2.
    const two = stanceScores(['supports', 'contradicts', 'contradicts'], ['supports', 'supports', 'not_addressed']);
    expect(Object.keys(two.perClass)).toEqual(['supports', 'contradicts']);
    expect(two.macroF1).toBeCloseTo(1 / 3);
    expect(two.dangerous).toEqual({ count: 1, share: 0.5 });
  });

  it('has no dangerous share when gold has no contradicts', () => {
    expect(stanceScores(['supports'], ['supports']).dangerous).toEqual({ count: 0, share: null });
  });

  it('rejects predictions of another length', () => {
    expect(() => stanceScores(['supports'], [])).toThrow(/1 labels, predictions 0/);
  });
});

describe('FNC-1 score', () => {
  it('maps a 3-way answer to the 4-way stance using the related call', () => {
    expect(fncLabel('supports', false)).toBe('agree');
    expect(fncLabel('contradicts', true)).toBe('disagree');
    expect(fncLabel('not_addressed', true)).toBe('discuss');
    expect(fncLabel('unclear', true)).toBe('discuss');
    expect(fncLabel('unclear', false)).toBe('unrelated');
  });

  it('gives 0.25 for related-vs-unrelated and 0.75 more for the exact related stance', () => {
    // agree→agree 1.0; disagree→discuss 0.25; discuss→unrelated 0; unrelated→unrelated 0.25;
    // unrelated→agree 0. Total 1.5 of a maximum 1 + 1 + 1 + 0.25 + 0.25 = 3.5.
    const r = fncScore(['agree', 'disagree', 'discuss', 'unrelated', 'unrelated'], ['agree', 'discuss', 'unrelated', 'unrelated', 'agree']);
    expect(r.score).toBeCloseTo(1.5);
    expect(r.max).toBeCloseTo(3.5);
    expect(r.percent).toBeCloseTo((100 * 1.5) / 3.5);
  });

  it('scores everything-unrelated as the share of unrelated weight', () => {
    expect(fncScore(['agree', 'unrelated', 'unrelated'], ['unrelated', 'unrelated', 'unrelated']).percent).toBeCloseTo((100 * 0.5) / 1.5);
  });
});

describe('groupBootstrapInterval', () => {
  const groups = ['a', 'a', 'b', 'c', 'c', 'c'];
  const values = [1, 1, 0, 0.5, 0.5, 0.5];
  const mean = (idx: number[]) => idx.reduce((s, i) => s + (values[i] as number), 0) / idx.length;

  it('resamples whole groups: a metric constant within every group spans the groups only', () => {
    // Every resample is a mix of whole groups, so each pair drawn carries its group's value.
    const seen: number[][] = [];
    groupBootstrapInterval(groups, (idx) => {
      seen.push(idx);
      return mean(idx);
    }, { resamples: 50, seed: 3 });
    expect(seen).toHaveLength(50);
    for (const idx of seen) {
      const sorted = [...idx].sort((x, y) => x - y);
      if (sorted.includes(0)) expect(sorted).toContain(1);
      if (sorted.includes(3)) expect(sorted.filter((i) => i === 3)).toHaveLength(sorted.filter((i) => i === 5).length);
    }
  });

  it('is repeatable for a seed and differs across seeds', () => {
    const [lo, hi] = groupBootstrapInterval(groups, mean, { resamples: 200, seed: 11 });
    expect(groupBootstrapInterval(groups, mean, { resamples: 200, seed: 11 })).toEqual([lo, hi]);
    expect(lo).toBeLessThan(hi);
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(hi).toBeLessThanOrEqual(1);
    const seen = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5]) seen.add(JSON.stringify(groupBootstrapInterval(groups, mean, { resamples: 20, seed })));
    expect(seen.size).toBeGreaterThan(1);
  });

  it('gives a zero-width interval when every group has the same value', () => {
    expect(groupBootstrapInterval(['x', 'y', 'y'], () => 0.7, { resamples: 10 })).toEqual([0.7, 0.7]);
  });
});
