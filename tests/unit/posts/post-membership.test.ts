import type { PostInput } from '../../../src/core/types';
import { membershipOf } from '../../../src/usecases/posts/post-membership';

function post(fields: Partial<PostInput>): PostInput {
  return { platform: 'nextdoor', externalId: 'n1', author: { handle: 'resident' }, text: 'the bridge is closed', url: null, postedAt: null, engagement: {}, replyTo: null, quoteOf: null, ...fields };
}

describe('membershipOf', () => {
  it('counts reposts, likes and replies as engagement, and not views', () => {
    const m = membershipOf(3, post({ engagement: { reposts: 2, likes: 5, replies: null, views: 900 } }), { reason: 'near_duplicate', similarity: 0.8 });
    expect(m).toEqual({ postId: 3, reason: 'near_duplicate', similarity: 0.8, pinned: false, author: 'resident', platform: 'nextdoor', postedAt: null, engagement: 7, fromNewAccount: false, isCopy: false });
  });

  it('takes an account younger than thirty days at posting time as new', () => {
    const of = (created: string, posted: string | null) => membershipOf(1, post({ author: { handle: 'a', accountCreatedAt: created }, postedAt: posted }), { reason: 'new', similarity: null }).fromNewAccount;
    expect(of('2026-10-22T12:00:01Z', '2026-11-21T12:00:00Z')).toBe(true);
    expect(of('2026-10-22T12:00:00Z', '2026-11-21T12:00:00Z')).toBe(false);
    expect(of('2026-11-20T00:00:00Z', null)).toBe(false);
    expect(of('not a date', '2026-11-21T12:00:00Z')).toBe(false);
  });

  it('counts exact copies and reposts as copies, and nothing else', () => {
    const reasons = ['exact', 'repost', 'url', 'near_duplicate', 'new'] as const;
    expect(reasons.map((reason) => membershipOf(1, post({}), { reason, similarity: null }).isCopy)).toEqual([true, true, false, false, false]);
  });

  it('has no author for a post without a handle', () => {
    expect(membershipOf(1, post({ author: { handle: null } }), { reason: 'new', similarity: null }).author).toBeNull();
  });
});
