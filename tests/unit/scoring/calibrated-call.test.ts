import { scoreClaim } from '../../../src/core/scoring';
import { describeSureness } from '../../../src/core/scoring/credibility';
import { calibratedCall, verdictBar, type CredibilityModel } from '../../../src/core/scoring/credibility-model';
import { lexicons, model as shipped, NOW } from './load-scoring';

// A one-factor model: an exclamation run pushes towards false, so its probability is known.
function modelWith(calibration: CredibilityModel['calibration']): CredibilityModel {
  return { version: 't', classes: ['true', 'false', 'unverified'], pointsPerLogit: 12, bias: [0, 0, 0], weights: { content_exclamation: [-2, 2, 0] }, priors: {}, ...(calibration ? { calibration } : {}) };
}

const shouting = { text: 'The bridge collapsed!!! Stay away!!!', postedAt: '2026-11-28T10:00:00Z' };

describe('calibrated veracity call', () => {
  it('says likely_false only when P(false) clears the bar, and says how sure in tenths', () => {
    const low = scoreClaim(shouting, modelWith({ temperature: 1, bar: 0.99 }), lexicons, NOW);
    expect(low.label).toBe('unverified');
    expect(low.howSure).toMatch(/^Only \d+ in 10 claims like this turned out false: too few to call it/);
    const high = scoreClaim(shouting, modelWith({ temperature: 1, bar: 0.5 }), lexicons, NOW);
    expect(high.label).toBe('likely_false');
    expect(high.howSure).toMatch(/^\d+ in 10 claims like this turned out false\.$/);
  });

  it('a higher temperature softens the probabilities, so the same bar is cleared less often', () => {
    const sharp = scoreClaim(shouting, modelWith({ temperature: 1, bar: 0.6 }), lexicons, NOW);
    const soft = scoreClaim(shouting, modelWith({ temperature: 20, bar: 0.6 }), lexicons, NOW);
    expect(sharp.label).toBe('likely_false');
    expect(soft.label).toBe('unverified');
  });

  it('department evidence still decides the label, and the sentence says so', () => {
    const r = scoreClaim({ ...shouting, evidence: { decision: 'strong', stance: 'supports', statementTitle: 'x', score: 0.9 } }, modelWith({ temperature: 1, bar: 0.5 }), lexicons, NOW);
    expect(r.label).toBe('confirmed');
    expect(r.howSure).toMatch(/^Set by the department's statement, not by the model; the model alone: \d+ in 10/);
  });

  it("the product's label and how-sure use the leading verdict's own bar when the model has per-verdict bars", () => {
    const falseBarMet = scoreClaim(shouting, modelWith({ temperature: 1, bar: 0.99, bars: { true: 1, false: 0.5 } }), lexicons, NOW);
    expect(falseBarMet.label).toBe('likely_false');
    expect(falseBarMet.howSure).toMatch(/^\d+ in 10 claims like this turned out false\.$/);
    const onlyTrueBarLow = scoreClaim(shouting, modelWith({ temperature: 1, bar: 0.5, bars: { true: 0.1, false: 1 } }), lexicons, NOW);
    expect(onlyTrueBarLow.label).toBe('unverified');
    expect(onlyTrueBarLow.howSure).toMatch(/^Only \d+ in 10 claims like this turned out false: too few to call it/);
  });

  it('an uncalibrated model gives no how-sure sentence', () => {
    expect(scoreClaim(shouting, modelWith(undefined), lexicons, NOW).howSure).toBeUndefined();
  });

  it('the shipped model is calibrated out of fold', () => {
    expect(shipped.calibration?.temperature).toBeGreaterThan(0);
    expect(shipped.calibration?.bar).toBeGreaterThan(0.33);
    expect(shipped.calibration?.bars?.true).toBeGreaterThan(0.33);
    expect(shipped.calibration?.bars?.false).toBeGreaterThan(0.33);
  });

  it('the shipped bars: likely_false only at or above the false bar, likely_true only at or above the true bar', () => {
    const c = shipped.calibration;
    if (!c) throw new Error('shipped model has no calibration');
    for (const lead of ['true', 'false'] as const) {
      const bar = verdictBar(c, lead);
      const other = lead === 'true' ? 'false' : 'true';
      for (const q of [0.36, 0.5, 0.6, 0.7, 0.8, 0.9, 0.99]) {
        const probs = { [lead]: q, [other]: (1 - q) / 3, unverified: (2 * (1 - q)) / 3 } as Record<'true' | 'false' | 'unverified', number>;
        expect(calibratedCall(probs, c)).toBe(q >= bar ? lead : 'unverified');
      }
    }
  });

  it('per-verdict bars override the shared one; without them the shared bar applies to both', () => {
    const both = { temperature: 1, bar: 0.6 };
    const split = { ...both, bars: { true: 0.55, false: 1 } };
    expect(calibratedCall({ true: 0.1, false: 0.65, unverified: 0.25 }, both)).toBe('false');
    expect(calibratedCall({ true: 0.1, false: 0.65, unverified: 0.25 }, split)).toBe('unverified');
    expect(calibratedCall({ true: 0.57, false: 0.1, unverified: 0.33 }, both)).toBe('unverified');
    expect(calibratedCall({ true: 0.57, false: 0.1, unverified: 0.33 }, split)).toBe('true');
    expect(verdictBar(split, 'false')).toBe(1);
  });

  it('describes the leading verdict', () => {
    expect(describeSureness({ true: 0.2, false: 0.7, unverified: 0.1 }, 0.7)).toBe('7 in 10 claims like this turned out false.');
    expect(describeSureness({ true: 0.45, false: 0.2, unverified: 0.35 }, 0.7)).toBe('Only 5 in 10 claims like this turned out true: too few to call it, so it stays unverified.');
  });
});
