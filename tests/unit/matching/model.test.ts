import { loadMatchingModel } from '../../../src/core/matching';

const valid = { version: 'v', features: ['a'], weights: [1], bias: 0, candidates: 10, thresholds: { possible: 0.3, strong: 0.8 } };

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

  it('still reads thresholds a model fitted before the rename names suggested / confirmed', () => {
    const old = loadMatchingModel({ ...valid, thresholds: { suggested: 0.2, confirmed: 0.7 } });
    expect(old.reranker.thresholds).toEqual({ possible: 0.2, strong: 0.7 });
  });

  it.each([
    ['not an object', 1],
    ['thresholds without their values', { ...valid, thresholds: { possible: 0.3 } }],
    ['weights of the wrong length', { ...valid, weights: [1, 2] }],
    ['thresholds out of order', { ...valid, thresholds: { possible: 0.9, strong: 0.5 } }],
    ['a missing version', { ...valid, version: 3 }],
  ])('rejects %s', (_name, json) => {
    expect(() => loadMatchingModel(json)).toThrow(/invalid matching model/);
  });
});
