import { readFileSync } from 'fs';
import { resolve } from 'path';
import { loadStanceModel, STANCE_FEATURES, stanceProbabilities } from '../../../src/core/stance';

const shipped = JSON.parse(readFileSync(resolve(__dirname, '../../../data/models/stance.json'), 'utf8')) as Record<string, unknown>;

describe('loadStanceModel', () => {
  it('accepts the shipped model, fitted on this build\'s features', () => {
    const model = loadStanceModel(shipped);
    expect(model.features).toEqual([...STANCE_FEATURES]);
    expect(model.bars.supports).toBeGreaterThan(0.5);
  });

  it('refuses a model whose features differ from the build, or whose weights do not fit', () => {
    expect(() => loadStanceModel({ ...shipped, features: ['coverage_best'] })).toThrow(/features differ/);
    expect(() => loadStanceModel({ ...shipped, weights: [[1], [2], [3]] })).toThrow(/weights/);
    expect(() => loadStanceModel({ ...shipped, temperature: 0 })).toThrow(/temperature/);
    expect(() => loadStanceModel(null)).toThrow(/not an object/);
  });
});

describe('stanceProbabilities', () => {
  it('is a softmax of the logits divided by the temperature', () => {
    const model = { weights: [[1], [0], [0]], bias: [0, 0, 0], temperature: 2 };
    const p = stanceProbabilities(model, [2]);
    // logits / T = [1, 0, 0]
    expect(p.supports).toBeCloseTo(Math.E / (Math.E + 2), 9);
    expect(p.contradicts).toBeCloseTo(1 / (Math.E + 2), 9);
  });
});
