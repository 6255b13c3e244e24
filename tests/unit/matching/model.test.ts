import { loadMatchingModel } from '../../../src/core/matching';

const valid = { version: 'v', features: ['a'], weights: [1], bias: 0, candidates: 10, thresholds: { suggested: 0.3, confirmed: 0.8 } };

describe('loadMatchingModel', () => {
  it('accepts a valid model and builds a symmetric relatedness map', () => {
    const m = loadMatchingModel(valid, { groups: [['a', 'b', 'c']] });
    expect(m.reranker.version).toBe('v');
    expect(m.related.get('b')).toEqual(expect.arrayContaining(['a', 'c']));
  });

  it('reads learned associations as claim term -> statement term -> weight', () => {
    const m = loadMatchingModel(valid, { groups: [], associations: [['sotu', 'union', 0.6], ['sotu', 'state', 0.5]] });
    expect(m.associations.get('sotu')?.get('union')).toBe(0.6);
    expect(m.associations.get('union')).toBeUndefined();
  });

  it('rejects a malformed association', () => {
    expect(() => loadMatchingModel(valid, { groups: [], associations: [['sotu', 0.6]] })).toThrow(/association/);
  });

  it.each([
    ['not an object', 1],
    ['weights of the wrong length', { ...valid, weights: [1, 2] }],
    ['thresholds out of order', { ...valid, thresholds: { suggested: 0.9, confirmed: 0.5 } }],
    ['a missing version', { ...valid, version: 3 }],
  ])('rejects %s', (_name, json) => {
    expect(() => loadMatchingModel(json)).toThrow(/invalid matching model/);
  });
});
