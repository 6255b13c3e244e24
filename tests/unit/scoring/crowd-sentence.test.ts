import { crowdFeatures } from '../../../src/core/scoring/crowd-features';

describe('crowd factors name what is behind them', () => {
  it('says who denies and which replies', () => {
    const fs = crowdFeatures({ support: 2, deny: 14, query: 6, comment: 30, establishedDeny: 6, denyIds: ['r1', 'r2', 'r3', 'r4'] });
    expect(fs.find((f) => f.key === 'crowd_deny')?.sentence).toBe('14 of 52 replies deny the claim, 6 of them from verified accounts or accounts with 1,000+ followers (replies r1, r2, r3, …).');
    expect(fs.find((f) => f.key === 'crowd_deny_established')?.value).toBeCloseTo((6 / 52) * (52 / 55), 6);
  });

  it('counts doubt in the first hour only when the timing is known', () => {
    const known = crowdFeatures({ support: 0, deny: 1, query: 2, comment: 5, early: 4, earlyDoubt: 3 });
    expect(known.find((f) => f.key === 'crowd_early_doubt')?.sentence).toBe('3 of the 4 replies in the first hour deny or question the claim.');
    const unknown = crowdFeatures({ support: 0, deny: 1, query: 2, comment: 5 });
    expect(unknown.some((f) => f.key === 'crowd_early_doubt')).toBe(false);
    expect(unknown.find((f) => f.key === 'crowd_deny')?.sentence).toBe('1 of 8 replies deny the claim.');
  });
});
