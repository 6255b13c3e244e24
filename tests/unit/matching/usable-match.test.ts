import { isUsableMatch, usableMatches, usableTopMatch } from '../../../src/core/matching/usable-match';

const m = (id: number, decision: 'strong' | 'possible' | 'none') => ({ id, decision });

describe('the usable top match', () => {
  it('is the first match when its decision is strong or possible', () => {
    expect(usableTopMatch([m(1, 'possible'), m(2, 'strong')])).toEqual(m(1, 'possible'));
  });

  it('is nothing when the first match is none, even if a later one is usable', () => {
    expect(usableTopMatch([m(1, 'none'), m(2, 'strong')])).toBeNull();
    expect(usableTopMatch([])).toBeNull();
  });

  it('keeps the usable matches in rank order', () => {
    expect(usableMatches([m(1, 'strong'), m(2, 'none'), m(3, 'possible')]).map((x) => x.id)).toEqual([1, 3]);
    expect(isUsableMatch(m(1, 'none'))).toBe(false);
  });
});
