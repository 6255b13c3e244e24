import { sharedStance } from '../../../src/core/clustering/shared-stance';

describe('sharedStance', () => {
  it('takes the strict majority of the members over the representative', () => {
    expect(sharedStance('supports', ['contradicts', 'contradicts', 'supports'])).toBe('contradicts');
    expect(sharedStance('unclear', ['contradicts', 'contradicts', 'unclear'])).toBe('contradicts');
  });

  it('is unclear when members split between supports and contradicts with no majority', () => {
    expect(sharedStance('supports', ['supports', 'contradicts'])).toBe('unclear');
    expect(sharedStance('contradicts', ['supports', 'contradicts', 'unclear', 'not_addressed'])).toBe('unclear');
  });

  it("keeps the representative's stance without a majority or a split, and without members", () => {
    expect(sharedStance('contradicts', ['contradicts', 'unclear'])).toBe('contradicts');
    expect(sharedStance('not_addressed', [])).toBe('not_addressed');
  });
});
