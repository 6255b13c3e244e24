import { crowdFeatures } from '../../../src/core/scoring/crowd-features';
import type { ReplyEvidence } from '../../../src/core/scoring/types';

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

  describe('given the replies themselves', () => {
    const claimAt = '2026-11-19T09:00:00Z';
    const reply = (id: string, stance: ReplyEvidence['stance'], minutes: number, author: Partial<ReplyEvidence> = {}): ReplyEvidence => ({
      id, stance, url: `https://x.example/p/${id}`, postedAt: new Date(Date.parse(claimAt) + minutes * 60_000).toISOString(), ...author,
    });
    const old = { authorCreatedAt: '2020-01-01T00:00:00Z' };
    const young = { authorCreatedAt: '2026-11-01T00:00:00Z' };
    const replies = [
      reply('11', 'deny', 10, { ...old, authorVerified: true }),
      reply('12', 'query', 20),
      reply('13', 'deny', 30, old),
      reply('14', 'deny', 50, young),
      reply('15', 'deny', 200, { ...old, correction: true }),
      reply('16', 'deny', 300),
      reply('17', 'support', 400, { authorFollowers: 5000 }),
      reply('18', 'comment', 500),
    ];
    const crowd = { support: 1, deny: 5, query: 1, comment: 1, corrections: 1, replies };
    const features = crowdFeatures(crowd);
    const byKey = (key: string) => features.find((f) => f.key === key);

    it('names who denies (old accounts, verified ones, unknown ages) and the first few replies', () => {
      expect(byKey('crowd_deny')?.sentence).toBe('5 of 8 replies deny the claim, 3 of them from accounts older than a year (account age unknown for 1), 1 from verified accounts (replies #11, #13, #14 and 2 more).');
      expect(byKey('crowd_deny')?.refs?.map((r) => r.id)).toEqual(['11', '13', '14', '15', '16']);
      expect(byKey('crowd_deny')?.refs?.[0]).toEqual({ kind: 'reply', id: '11', url: 'https://x.example/p/11' });
    });

    it('names the replies behind the question, support and correction factors', () => {
      expect(byKey('crowd_query')?.sentence).toBe('1 of 8 replies question the claim or ask for a source (reply #12).');
      expect(byKey('crowd_support')?.sentence).toBe('1 of 8 replies back the claim (reply #17).');
      expect(byKey('crowd_corrections')?.sentence).toBe('1 correction already posted in the cluster (reply #15).');
    });

    it('derives established denials from the replies, keeping the counts as the totals and the model inputs as the counts give them', () => {
      // Established as the benchmark counts it: verified or 1,000+ followers (reply 11 only).
      expect(byKey('crowd_deny_established')?.value).toBeCloseTo((1 / 8) * (8 / 11), 6);
      expect(byKey('crowd_deny')?.value).toBeCloseTo((5 / 8) * (8 / 11), 6);
      expect(features.map((f) => [f.key, f.value])).toEqual(crowdFeatures({ ...crowd, replies: undefined, establishedDeny: 1 }).map((f) => [f.key, f.value]));
      // The list may leave comments out, so it cannot give the first hour's total: no early-doubt guess.
      expect(byKey('crowd_early_doubt')).toBeUndefined();
    });

    it('says nothing about account ages it cannot know', () => {
      const unknown = crowdFeatures({ support: 0, deny: 2, query: 0, comment: 0, replies: [{ id: '1', stance: 'deny' }, { id: '2', stance: 'deny' }] });
      expect(unknown.find((f) => f.key === 'crowd_deny')?.sentence).toBe('2 of 2 replies deny the claim (replies #1, #2).');
    });
  });
});
