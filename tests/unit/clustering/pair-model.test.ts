import { compilePairModel, pairSimilarity, type PairModel } from '../../../src/core/clustering/pair-model';
import { fittedModel } from './model';

describe('cluster pair model', () => {
  const model = fittedModel();

  it('scores paraphrases with typos above the threshold', () => {
    expect(pairSimilarity("Don't drink the tap water in Ridgeport, it's contaminated with E coli from the flood", 'dont drink ridgeport tap water its contaminted w/ e coli from the flood!!', model)).toBeGreaterThanOrEqual(model.threshold);
    expect(pairSimilarity('Elm St bridge closed due to flood', 'BREAKING: Elm St bridge is closed due to the flood #StormWatch', model)).toBeGreaterThanOrEqual(model.threshold);
  });

  it('keeps different claims about the same incident below the threshold', () => {
    expect(pairSimilarity('Elm St bridge closed due to flood', 'shelter open at Lincoln High for flood victims', model)).toBeLessThan(model.threshold);
    expect(pairSimilarity('Police confirm 3 people hurt at Oak Park after the storm', 'Mayor announced a curfew in Oak Park starting at 9 pm tonight', model)).toBeLessThan(model.threshold);
  });

  it('is symmetric enough to be a similarity and 1-ish for identical texts', () => {
    const a = 'the river bridge collapsed during the storm';
    const b = 'river bridge collapsed in the storm';
    expect(Math.abs(pairSimilarity(a, b, model) - pairSimilarity(b, a, model))).toBeLessThan(1e-9);
    expect(pairSimilarity(a, a, model)).toBeGreaterThan(0.9);
  });

  it('refuses a model whose features do not match the code', () => {
    const stale: PairModel = { ...model, features: model.features.slice(1) };
    expect(() => compilePairModel(stale)).toThrow(/does not fit/);
  });
});
